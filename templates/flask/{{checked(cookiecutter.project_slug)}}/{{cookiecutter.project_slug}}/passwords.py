"""The passwords Django's default validators refuse, refused here too.

At least ``MIN_LENGTH`` characters, and none of the 20,000 most common passwords: the list
Django ships (``django/contrib/auth/common-passwords.txt.gz``, BSD licence, from Royce Williams'
list of leaked passwords), compared without regard to case or surrounding spaces.
"""

import gzip
from functools import cache
from pathlib import Path
{%- if cookiecutter.auth == "flask-security" %}

from flask_security import PasswordUtil
{%- endif %}

MIN_LENGTH = 8
COMMON_PASSWORDS = Path(__file__).with_name("common-passwords.txt.gz")


@cache
def common_passwords() -> frozenset[str]:
    with gzip.open(COMMON_PASSWORDS, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines)


def password_problem(password: str) -> str | None:
    """Why ``password`` is refused, in a sentence to show next to the field; None when it is not."""
    if len(password) < MIN_LENGTH:
        return f"This password is too short: use at least {MIN_LENGTH} characters."
    if password.lower().strip() in common_passwords():
        return "This password is too common: choose one that is harder to guess."
    return None
{%- if cookiecutter.auth == "flask-security" %}


class CommonPasswordUtil(PasswordUtil):
    """Flask-Security's password checks (8 characters or more), then the common passwords."""

    def validate(self, password: str, is_register: bool, **kwargs) -> tuple[list | None, str]:
        problems, normalized = super().validate(password, is_register, **kwargs)
        if not problems and (problem := password_problem(normalized)):
            problems = [problem]
        return problems, normalized
{%- endif %}
