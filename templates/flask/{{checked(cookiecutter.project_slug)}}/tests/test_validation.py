"""Validation of post input."""

import pytest

from {{ cookiecutter.project_slug }}.posts.validation import validate_post


def test_valid_input_is_cleaned():
    assert validate_post({"title": "  Hello ", "body": "World\n"}) == (
        {"title": "Hello", "body": "World"},
        {},
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"body": "x"}, "title"),
        ({"title": "", "body": "x"}, "title"),
        ({"title": "   ", "body": "x"}, "title"),
        ({"title": "x" * 201, "body": "x"}, "title"),
        ({"title": 42, "body": "x"}, "title"),
        ({"title": "x", "body": None}, "body"),
        ({"title": "x", "body": ["x"]}, "body"),
    ],
)
def test_invalid_input_is_reported_by_field(data, field):
    values, errors = validate_post(data)

    assert list(errors) == [field]
    assert field not in values


def test_partial_input_checks_only_the_given_fields():
    assert validate_post({"title": "New"}, partial=True) == ({"title": "New"}, {})
    assert validate_post({"body": ""}, partial=True)[1] == {"body": ["This field is required."]}
