"""Validation of post input, shared by the HTML forms and the API."""

from collections.abc import Mapping
from typing import Any

TITLE_MAX_LENGTH = 200


def validate_post(
    data: Mapping[str, Any], *, partial: bool = False
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Check a post's ``title`` and ``body``; return the cleaned values and the errors by field.

    With ``partial`` (a PATCH), missing fields are fine; present ones are still checked.
    """
    values: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for name in ("title", "body"):
        if name not in data and partial:
            continue
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors[name] = ["This field is required."]
        elif not isinstance(value, str):
            errors[name] = ["Must be a string."]
        elif name == "title" and len(value.strip()) > TITLE_MAX_LENGTH:
            errors[name] = [f"At most {TITLE_MAX_LENGTH} characters."]
        else:
            values[name] = value.strip()
    return values, errors
