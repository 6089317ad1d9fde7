"""Property-based: any answers give a clean refusal with nothing on disk, or a project that parses.

Hypothesis draws the free-text answers from all of Unicode (quotes, backslashes, emoji,
right-to-left text, control characters, Jinja syntax, huge strings) mixed with good values, and
the choices from each question's values and a few wrong ones. The validation step alone sees at
least 1,000 answer sets per run; at least 100 accepted ones are baked. A failure prints the
answers (Hypothesis's falsifying example) so it can be replayed with ``--hypothesis-seed``.
"""

import contextlib
import io
import json
import tomllib
import unicodedata

import pytest
import yaml
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from hooks import validation
from tests.render.checks import ruff_problems
from tests.template import FRAMEWORKS, bake

FREE_TEXT = ("project_name", "project_slug", "description", "author_name", "email", "version")
HOSTILE = st.sampled_from(
    ['"', "'", "\\", "\n", "\t", "\x00", "\u202e", "\u2028", "{{", "{%", "}}", "#", "<", "&", "🚀"]
)
GOOD = {
    "project_name": st.sampled_from(["Acme Site", "O'Reilly", "Zürich", "שלום", "Zeta Notes"]),
    "project_slug": st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True),
    "description": st.sampled_from(["", "A site.", 'Say "hi" \\ there']),
    "author_name": st.sampled_from(["Jane Doe", "Renée O'Brien", "李雷"]),
    "email": st.sampled_from(["jane@example.com", "o'brien+web@mail.example.org"]),
    "version": st.sampled_from(["0.1.0", "2.0.0rc1", "1.2.dev3"]),
}
# Text a person could type on one line: any Unicode but controls and separators.
PRINTABLE = (
    st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=100)
    .map(str.strip)
    .filter(bool)
)


def free_text(key: str) -> st.SearchStrategy[str]:
    anything = st.text(max_size=400)
    mixed = st.lists(st.one_of(HOSTILE, st.text(max_size=8)), max_size=10).map("".join)
    return st.one_of(GOOD[key], GOOD[key], anything, mixed)


def answer_sets(framework: str, accepted_mostly: bool = False) -> st.SearchStrategy[dict]:
    """Answer sets for ``framework``: free text as above, choices mostly valid."""
    parts = {}
    for key, default in validation.questions(framework).items():
        if isinstance(default, list):
            parts[key] = (
                st.sampled_from(default)
                if accepted_mostly
                else st.one_of(
                    st.sampled_from(default), st.sampled_from(default), st.text(max_size=5)
                )
            )
        elif isinstance(default, bool):
            parts[key] = (
                st.booleans()
                if accepted_mostly
                else st.one_of(st.booleans(), st.sampled_from(["maybe", 1, None]))
            )
        elif accepted_mostly and key == "project_name":
            parts[key] = st.one_of(GOOD[key], PRINTABLE, PRINTABLE, free_text(key))
        elif accepted_mostly and key in ("description", "author_name"):
            parts[key] = st.one_of(GOOD[key], PRINTABLE)
        else:
            parts[key] = GOOD[key] if accepted_mostly else free_text(key)
    return st.fixed_dictionaries(parts)


@pytest.mark.parametrize("framework", FRAMEWORKS)
@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_validation_names_every_problem_on_one_line(framework, data):
    answers = data.draw(answer_sets(framework))
    given_keys = data.draw(st.lists(st.sampled_from([*answers, "databse", "colour"]), max_size=3))
    errors = validation.problems(framework, answers, given=given_keys)
    for error in errors:
        assert isinstance(error, str) and error
        assert "\n" not in error and "\r" not in error
    if not errors:
        slug = answers["project_slug"]
        assert slug.isascii() and slug.isidentifier() and slug[0].isalpha()
        for key in FREE_TEXT:
            assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in answers[key])


def parses(project) -> list[str]:
    """Every .py, .toml, .yaml and .json file of the project that does not parse."""
    failures = []
    loaders = {
        ".py": lambda text: compile(text, "<generated>", "exec"),
        ".toml": tomllib.loads,
        ".yaml": yaml.safe_load,
        ".yml": yaml.safe_load,
        ".json": json.loads,
    }
    for path in project.rglob("*"):
        load = loaders.get(path.suffix)
        if load and path.is_file():
            try:
                load(path.read_text(encoding="utf-8"))
            except Exception as error:  # noqa: BLE001  (any parse error is the finding)
                failures.append(f"{path.relative_to(project)}: {error}")
    return failures


@pytest.mark.parametrize("framework", FRAMEWORKS)
@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_answers_bake_cleanly_or_are_refused_with_nothing_on_disk(
    framework, data, tmp_path_factory
):
    answers = data.draw(answer_sets(framework, accepted_mostly=True))
    note(f"answers: {answers!r}")
    out = tmp_path_factory.mktemp("bake")
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        try:
            project = bake(framework, out, **answers)
        except SystemExit as refusal:
            event("refused")
            assert refusal.code == 1
            assert stderr.getvalue().startswith("error: ")
            assert list(out.iterdir()) == []
            return
    event("baked")
    assert parses(project) == []
    assert ruff_problems(project) == ""
