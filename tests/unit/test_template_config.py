"""Both templates ask the common questions identically, and every question has a human prompt."""

import json
import re

import pytest

from hooks.validation import project_template
from tests import docs, matrix
from tests.template import FRAMEWORKS, ROOT, prompts, questions

COMMON = [
    "project_name",
    "project_slug",
    "description",
    "author_name",
    "email",
    "version",
    "license",
    "python_version",
]


def test_root_offers_both_frameworks_with_title_and_description():
    templates = json.loads((ROOT / "cookiecutter.json").read_text())["templates"]
    assert list(templates) == ["django", "flask"]
    for name, entry in templates.items():
        assert entry["path"] == f"./templates/{name}"
        assert entry["title"] and entry["description"]


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_every_question_has_a_prompt(framework):
    assert set(questions(framework)) == set(prompts(framework))
    for key, value in questions(framework).items():
        prompt = prompts(framework)[key]
        if isinstance(value, list) and isinstance(prompt, dict):
            # A choice with per-value labels must label every value.
            assert set(prompt) == {"__prompt__", *value}


def test_common_questions_are_the_same_in_both_templates():
    django, flask = questions("django"), questions("flask")
    assert list(django)[: len(COMMON)] == COMMON
    assert list(flask)[: len(COMMON)] == COMMON
    for key in COMMON:
        if key not in ("project_name", "description"):
            assert django[key] == flask[key], key
            assert prompts("django")[key] == prompts("flask")[key], key


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_covering_array_holds_every_valid_pair_and_only_valid_rows(framework):
    rows = matrix.covering_array(framework)
    assert rows[0] == matrix.effective(framework, matrix.defaults(framework))
    assert all(matrix.is_valid(framework, row) for row in rows)
    covered = set().union(*(matrix.pairs_of(row) for row in rows))
    assert matrix.valid_pairs(framework) <= covered


def test_readme_options_tables_are_current():
    """README's tables come from the questions and rules; regenerate with `python -m tests.docs`."""
    text = docs.README.read_text()
    assert docs.current_readme(text) == text


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_one_test_suite_that_both_runners_run(framework):
    """One suite of TestCase classes in tests/: pytest runs it, and so does unittest (or
    `manage.py test`), where pytest is not installed: no module imports pytest, no conftest.py."""
    tests = project_template(framework) / "tests"
    assert not (tests.parent / "tests_unittest").exists()
    assert not (tests / "conftest.py").exists()
    variants = tests.parent.parent / "templates" / "variants" / "tests"
    uses_pytest = re.compile(r"^\s*(import|from) pytest\b", re.MULTILINE)
    modules = [*tests.glob("*.py"), *variants.rglob("*.py")]
    assert [path.name for path in modules if uses_pytest.search(path.read_text())] == []
