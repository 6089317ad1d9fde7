"""The validators accept good answers and reject bad ones with a message that names the fix."""

import pytest

from hooks import validation


@pytest.mark.parametrize("slug", ["blog", "my_site", "_private", "shop2", "acme_web_app"])
def test_good_slugs_pass(slug):
    assert validation.slug_error(slug) is None


@pytest.mark.parametrize(
    ("slug", "reason"),
    [
        ("My-Site", "not a lowercase Python identifier"),
        ("2fast", "not a lowercase Python identifier"),
        ("", "not a lowercase Python identifier"),
        ("my site", "not a lowercase Python identifier"),
        ("class", "is a Python keyword"),
        ("match", "is a Python keyword"),
        ("os", "standard-library module 'os'"),
        ("email", "standard-library module 'email'"),
        ("test", "package 'test' the project uses"),
        ("site", "standard-library module 'site'"),
        ("django", "package 'django' the project uses"),
        ("flask", "package 'flask' the project uses"),
        ("config", "package 'config' the project uses"),
        ("tests", "package 'tests' the project uses"),
    ],
)
def test_bad_slugs_are_named_with_the_fix(slug, reason):
    error = validation.slug_error(slug)
    assert reason in error
    assert f"'{slug}'" in error
    assert "choose another project_slug" in error
    assert "\n" not in error


@pytest.mark.parametrize("email", ["jane@example.com", "j.doe+web@mail.example.org"])
def test_good_emails_pass(email):
    assert validation.email_error(email) is None


@pytest.mark.parametrize("email", ["jane", "jane@", "@example.com", "jane@example", "a b@c.de"])
def test_bad_emails_are_rejected(email):
    assert validation.email_error(email) == (
        f"email '{email}' is not a valid address: give one like 'jane@example.com'"
    )


@pytest.mark.parametrize("version", ["0.1.0", "1", "2.0.0rc1", "1.2.dev3"])
def test_good_versions_pass(version):
    assert validation.version_error(version) is None


@pytest.mark.parametrize("version", ["v1.0", "one", "1.0-beta", ""])
def test_bad_versions_are_rejected(version):
    assert "is not a PEP 440 version" in validation.version_error(version)


def test_answer_errors_reports_every_bad_answer():
    answers = {"project_slug": "os", "email": "nope", "version": "0.1.0"}
    errors = validation.answer_errors(answers)
    assert len(errors) == 2
    assert errors[0].startswith("project_slug 'os'")
    assert errors[1].startswith("email 'nope'")
