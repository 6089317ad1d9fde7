"""The HTML forms, hand-written: submitted values, server-side validation, errors by field.

They offer what the views and templates use of a form class (``validate_on_submit``,
``data``, ``errors``); the CSRF token is checked before the view runs (see ``csrf``).
"""

import re
from collections.abc import Mapping

from email_validator import EmailNotValidError, validate_email
from flask import request

from .passwords import password_problem
from .posts import store
from .posts.validation import validate_post

# Usernames never contain "@", so a login name is unambiguously a username or an email.
USERNAME = re.compile(r"[\w.+-]{1,80}")


class Form:
    fields: tuple[str, ...] = ()

    def __init__(self, data: Mapping[str, str] | None = None) -> None:
        """Values from the submitted form on POST, else from ``data`` (an edit form's start)."""
        source = request.form if request.method == "POST" else data or {}
        self.data = {name: source.get(name, "") for name in self.fields}
        self.errors: dict[str, list[str]] = {}

    def validate_on_submit(self) -> bool:
        if request.method != "POST":
            return False
        self.errors = self.check()
        return not self.errors

    def check(self) -> dict[str, list[str]]:
        raise NotImplementedError


class PostForm(Form):
    fields = ("title", "body")

    def check(self) -> dict[str, list[str]]:
        values, errors = validate_post(self.data)
        self.data.update(values)
        return errors


class SignupForm(Form):
    fields = ("username", "email", "password1", "password2")

    def check(self) -> dict[str, list[str]]:
        errors = {}
        username = self.data["username"] = self.data["username"].strip()
        email = self.data["email"] = self.data["email"].strip()
        if not USERNAME.fullmatch(username):
            errors["username"] = ["Up to 80 letters, digits and . + - _ only."]
        elif store.find_user(username):
            errors["username"] = ["This username is taken."]
        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError:
            errors["email"] = ["Enter a valid email address."]
        else:
            if store.find_user(email):
                errors["email"] = ["An account with this email exists."]
        problem = password_problem(self.data["password1"])
        if problem:
            errors["password1"] = [problem]
        elif self.data["password1"] != self.data["password2"]:
            errors["password2"] = ["The passwords differ."]
        return errors


class LoginForm(Form):
    fields = ("username", "password")

    def check(self) -> dict[str, list[str]]:
        return {name: ["This field is required."] for name in self.fields if not self.data[name]}
