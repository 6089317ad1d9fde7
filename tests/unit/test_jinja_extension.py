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


HARD_TEXTS = [
    "O'Reilly",
    'Say "hi"',
    "back\\slash",
    "Zürich Café",
    "שלום עולם",
    "Rocket 🚀 Family 👨‍👩‍👧",
    "{{ 7*7 }} {% raw %}",
    "# not a heading",
    "1. not a list",
    "a*b_c [link](x) <b>&amp;</b> `code` | ~",
]


@pytest.mark.parametrize("value", HARD_TEXTS)
def test_toml_strings_read_back_as_the_answer(value):
    import tomllib

    from hooks.jinja_extension import toml_string

    assert tomllib.loads(f"key = {toml_string(value)}")["key"] == value


@pytest.mark.parametrize("value", HARD_TEXTS)
def test_markdown_text_shows_exactly_the_answer(value):
    """Rendered by a CommonMark renderer, the escaped text is the answer as plain text."""
    import html

    from markdown_it import MarkdownIt

    from hooks.jinja_extension import markdown_text

    rendered = MarkdownIt("commonmark").render(markdown_text(value)).strip()
    assert rendered.startswith("<p>")
    assert html.unescape(rendered.removeprefix("<p>").removesuffix("</p>")) == value


def test_plain_prose_stays_readable_in_markdown():
    from hooks.jinja_extension import markdown_text

    assert markdown_text("A Flask web application.") == "A Flask web application."


@pytest.mark.parametrize(
    "value", ["{{ 7*7 }}", "{% if x %}", "{# c #}", "a {{ b", "{{ ''.__class__ }}"]
)
def test_an_answer_with_jinja_syntax_renders_as_its_literal_text(value):
    from cookiecutter.environment import StrictEnvironment

    env = StrictEnvironment(
        context={"cookiecutter": {"_extensions": ["hooks.jinja_extension.TemplateHelpers"]}}
    )
    assert env.from_string(value).render(cookiecutter={}) == value


def test_the_templates_own_expressions_still_render():
    from cookiecutter.environment import StrictEnvironment

    env = StrictEnvironment(
        context={"cookiecutter": {"_extensions": ["hooks.jinja_extension.TemplateHelpers"]}}
    )
    slug = "{{ cookiecutter.project_name | slugify(separator='_') }}"
    assert env.from_string(slug).render(cookiecutter={"project_name": "Acme Site"}) == "acme_site"


def test_a_huge_answer_of_unclosed_tags_is_recognised_quickly():
    """A megabyte of ``{{`` is an answer, found in linear time (a tag regex took minutes)."""
    import time

    from hooks.jinja_extension import holds_answer_syntax

    start = time.perf_counter()
    assert holds_answer_syntax("{{" * 500_000)
    assert time.perf_counter() - start < 5
