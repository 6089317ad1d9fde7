"""The shared Jinja extension's filter writes literals that Python and ruff format both accept."""

import ast

import pytest

from hooks.jinja_extension import python_string


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("Acme Site", '"Acme Site"'),
        ('Say "hi"', "'Say \"hi\"'"),
        ("It's", '"It\'s"'),
        ("back\\slash", '"back\\\\slash"'),
        ("""both ' and "" """, """'both \\' and "" '"""),
    ],
)
def test_python_string_round_trips_in_ruffs_quote_style(value, literal):
    assert python_string(value) == literal
    assert ast.literal_eval(python_string(value)) == value


def test_applied_reads_answers_through_the_ignore_rules(monkeypatch):
    from hooks import jinja_extension
    from hooks.rules import Ignored, when

    options = type(
        "Options", (), {"IGNORED": [Ignored(when(orm="none"), "database", "sqlite", "")]}
    )
    monkeypatch.setattr(jinja_extension, "for_framework", lambda framework: options)
    answers = {"orm": "none", "database": "postgresql"}
    assert jinja_extension.applied(answers, "flask", "database") == "sqlite"
    assert jinja_extension.applied(answers | {"orm": "peewee"}, "flask", "database") == "postgresql"
