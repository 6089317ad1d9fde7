"""The validation step accepts good answers and refuses bad ones, one line each naming the fix."""

import pytest

from hooks import validation
from tests import matrix
from tests.template import FRAMEWORKS


def answers(framework, **changes):
    """A complete, valid answer set (the defaults, slug included) with ``changes`` over it."""
    base = {
        key: value[0] if isinstance(value, list) else value
        for key, value in validation.questions(framework).items()
    }
    base["project_slug"] = "my_site"
    return base | changes


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_the_defaults_and_every_covering_row_pass(framework):
    assert validation.problems(framework, answers(framework)) == []
    for row in matrix.covering_array(framework):
        assert validation.problems(framework, answers(framework, **row)) == []


@pytest.mark.parametrize(
    "slug", ["blog", "my_site", "shop2", "acme_web_app", "zeta_notes", "a" * 30]
)
def test_good_slugs_pass(slug):
    for framework in FRAMEWORKS:
        assert validation.slug_error(slug, framework) is None


@pytest.mark.parametrize(
    ("slug", "reason"),
    [
        ("My-Site", "not a lowercase Python identifier"),
        ("2fast", "not a lowercase Python identifier"),
        ("", "not a lowercase Python identifier"),
        ("my site", "not a lowercase Python identifier"),
        ("a/b", "not a lowercase Python identifier"),
        ("../escaped/deeper", "not a lowercase Python identifier"),
        ("_private", "not a lowercase Python identifier"),
        ("__init__", "not a lowercase Python identifier"),
        ("__main__", "not a lowercase Python identifier"),
        ("café", "not a lowercase Python identifier"),
        ("class", "is a Python keyword"),
        ("match", "is a Python keyword"),
        ("os", "standard-library module 'os'"),
        ("email", "standard-library module 'email'"),
        ("site", "standard-library module 'site'"),
        ("con", "device name Windows reserves"),
        ("nul", "device name Windows reserves"),
        ("lpt1", "device name Windows reserves"),
        ("tests", "module 'tests' that a generated project imports or ships"),
    ],
)
def test_bad_slugs_are_named_with_the_fix(slug, reason):
    for framework in FRAMEWORKS:
        error = validation.slug_error(slug, framework)
        assert reason in error
        assert "choose another project_slug" in error
        assert "\n" not in error


@pytest.mark.parametrize(
    ("framework", "slug"),
    [
        ("django", "django"),
        ("django", "config"),
        ("django", "manage"),
        ("django", "rest_framework"),
        ("django", "ninja"),
        ("django", "psycopg"),
        ("django", "daphne"),
        ("django", "hypercorn"),
        ("django", "uvicorn"),
        ("django", "redis"),
        ("flask", "flask"),
        ("flask", "migrations"),
        ("flask", "flask_login"),
        ("flask", "flask_wtf"),
        ("flask", "flask_admin"),
        ("flask", "flask_security"),
        ("flask", "marshmallow"),
        ("flask", "jwt"),
        ("flask", "peewee"),
        ("flask", "pony"),
        ("flask", "connexion"),
        ("flask", "wtforms"),
        ("flask", "feedgen"),
        ("flask", "mongoengine"),
        ("flask", "pymongo"),
        ("flask", "argon2"),
    ],
)
def test_slugs_that_shadow_what_a_project_imports_are_refused(framework, slug):
    """The names come from import_names.json (installed projects), not from a hand list."""
    assert "would shadow the module" in validation.slug_error(slug, framework)


def test_the_longest_slug_is_accepted_and_one_more_character_refused():
    longest = "a" * validation.MAX_LENGTH["project_slug"]
    assert validation.problems("flask", answers("flask", project_slug=longest)) == []
    [error] = validation.problems("flask", answers("flask", project_slug=longest + "a"))
    assert error.startswith("project_slug is 31 characters long: shorten it to 30")


@pytest.mark.parametrize("email", ["jane@example.com", "j.doe+web@mail.example.org", "o'k@a.io"])
def test_good_emails_pass(email):
    assert validation.email_error(email) is None


@pytest.mark.parametrize(
    "email",
    ["jane", "jane@", "@example.com", "jane@example", "a b@c.de", 'a"b@c.de', "a\\b@c.de"],
)
def test_bad_emails_are_refused(email):
    assert "is not a valid address: give one like 'jane@example.com'" in validation.email_error(
        email
    )


@pytest.mark.parametrize("version", ["0.1.0", "1", "2.0.0rc1", "1.2.dev3", "1.0.post1"])
def test_good_versions_pass(version):
    assert validation.version_error(version) is None


@pytest.mark.parametrize("version", ["v1.0", "one", "1.0-beta", "", "١.٢", "1.0\n"])
def test_bad_versions_are_refused(version):
    assert "is not a PEP 440 version" in validation.version_error(version)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("project_name", "Two\nlines", "project_name 'Two\\nlines' contains a control character"),
        ("author_name", "Tab\there", "contains a control character (\\t)"),
        ("description", "NUL\x00", "contains a control character (\\x00)"),
        ("project_name", "evil\u202etxt.py", "contains a control character (\\u202e)"),
        ("project_name", "para\u2029graph", "contains a control character"),
        ("project_name", "", "project_name is empty"),
        ("author_name", "   ", "author_name is empty"),
        ("project_name", " Padded", "starts or ends with spaces"),
        ("project_name", "x" * 101, "project_name is 101 characters long: shorten it to 100"),
        ("project_name", 7, "project_name '7' is not text"),
        ("python_version", "3.10", "python_version '3.10' is not one of the choices: choose one"),
        ("jwt", "maybe", "jwt 'maybe' is not yes or no"),
    ],
)
def test_bad_answers_are_named_on_one_line(key, value, message):
    errors = validation.problems("flask", answers("flask", **{key: value}))
    assert len(errors) == 1
    assert message in errors[0]
    assert "\n" not in errors[0]


@pytest.mark.parametrize(
    "name",
    [
        "O'Reilly",
        'The "Quoted" Site',
        "Back\\slash",
        "Zürich Café",
        "שלום עולם",
        "مرحبا",
        "日本語サイト",
        "Rocket 🚀 Family 👨‍👩‍👧",
        "{{ 7*7 }}",
        "<script>alert(1)</script>",
    ],
)
def test_any_printable_name_is_accepted(name):
    assert validation.problems("flask", answers("flask", project_name=name)) == []


def test_an_empty_description_is_accepted():
    assert validation.problems("django", answers("django", description="")) == []


def test_unknown_keys_name_the_closest_question():
    errors = validation.problems("flask", answers("flask"), given=["databse", "zzz"])
    assert errors[0] == "unknown answer 'databse' for the flask template: did you mean 'database'?"
    assert errors[1].startswith("unknown answer 'zzz' for the flask template: the questions are")


def test_a_replay_file_with_an_unknown_key_is_refused():
    errors = validation.problems("django", answers("django", databse="postgresql"))
    assert errors == ["unknown answer 'databse' for the django template: did you mean 'database'?"]


def test_every_problem_is_reported_at_once():
    bad = answers("flask", project_slug="os", email="nope", version="v1", orm="mysql")
    errors = validation.problems("flask", bad, given=["colour"])
    assert [error.split(" ")[0] for error in errors] == [
        "unknown",
        "project_slug",
        "email",
        "version",
        "orm",
    ]


def test_combinations_are_checked_once_every_answer_is_valid():
    errors = validation.problems("django", answers("django", django_version="6.1"))
    assert errors == []
    errors = validation.problems(
        "django", answers("django", django_version="6.1", python_version="3.11")
    )
    assert errors == [
        "Django 6.1 needs Python 3.12 or newer: choose python_version 3.12 or 3.13, "
        "or django_version 5.2"
    ]


def test_a_missing_answer_is_named():
    incomplete = answers("flask")
    del incomplete["orm"]
    assert validation.problems("flask", incomplete)[0].startswith("orm has no answer")
