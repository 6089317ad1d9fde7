"""The rule machinery: conditions, conflicts, ignored answers and the pruning manifest."""

import pytest

from hooks import rules
from hooks.options import FRAMEWORKS, for_framework
from hooks.rules import Conflict, Ignored, Keep, when


def test_condition_needs_every_key_to_match():
    condition = when(orm="pony", admin=True)
    assert condition.holds({"orm": "pony", "admin": True})
    assert not condition.holds({"orm": "pony", "admin": False})
    assert not condition.holds({"orm": "peewee", "admin": True})


def test_condition_accepts_a_tuple_of_values():
    condition = when(orm=("pymongo", "mongoengine"))
    assert condition.holds({"orm": "pymongo"})
    assert condition.holds({"orm": "mongoengine"})
    assert not condition.holds({"orm": "sqlalchemy"})


def test_conflicts_return_the_messages_of_the_rules_that_fire():
    rule_set = [
        Conflict(when(jwt=True, rest_api="none"), "JWT needs a REST API"),
        Conflict(when(orm="pony", admin=True), "no Pony admin"),
    ]
    assert rules.conflicts(rule_set, {"jwt": True, "rest_api": "none", "orm": "pony"}) == [
        "JWT needs a REST API"
    ]
    assert rules.conflicts(rule_set, {"jwt": False, "rest_api": "none", "orm": "pony"}) == []


def test_normalise_resets_ignored_answers_with_a_note():
    ignored = [Ignored(when(orm="none"), "database", "sqlite", "no ORM: database ignored")]
    answers = {"orm": "none", "database": "postgresql"}
    normalised, notes = rules.normalise(ignored, answers)
    assert normalised == {"orm": "none", "database": "sqlite"}
    assert notes == ["no ORM: database ignored"]
    assert answers["database"] == "postgresql"


def test_normalise_is_silent_when_the_answer_already_has_the_reset_value():
    ignored = [Ignored(when(orm="none"), "database", "sqlite", "ignored")]
    assert rules.normalise(ignored, {"orm": "none", "database": "sqlite"})[1] == []
    assert rules.normalise(ignored, {"orm": "peewee", "database": "mysql"})[1] == []


def test_paths_to_remove_lists_paths_whose_condition_fails():
    manifest = [
        Keep("{project_slug}/api/drf.py", when(rest_api="drf")),
        Keep("{project_slug}/api/ninja.py", when(rest_api="django-ninja")),
        Keep("Dockerfile", when(docker=True)),
    ]
    answers = {"rest_api": "drf", "docker": False, "project_slug": "blog"}
    assert rules.paths_to_remove(manifest, answers) == ["blog/api/ninja.py", "Dockerfile"]


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_every_framework_declares_its_rules(framework):
    options = for_framework(framework)
    assert all(isinstance(rule, Conflict) for rule in options.CONFLICTS)
    assert all(isinstance(rule, Ignored) for rule in options.IGNORED)
    assert all(isinstance(keep, Keep) for keep in options.MANIFEST)


def test_unknown_framework_is_refused():
    with pytest.raises(ValueError, match="unknown framework 'rails'"):
        for_framework("rails")
