"""The user, as the app sees a document of the ``users`` collection (Flask-PyMongo has no ORM).

Posts need no class: the store turns their documents into ``posts.records.Post`` directly.
"""

from datetime import UTC, datetime
from typing import Any

from flask import current_app
from werkzeug.security import check_password_hash, generate_password_hash
{%- if cookiecutter.auth != "none" %}

from .login import LoginUserMixin, new_session_token
{%- endif %}


class User{% if cookiecutter.auth != "none" %}(LoginUserMixin){% endif %}:
    """A person who can sign in; only a hash of the password is stored."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.id = str(document["_id"])
        self.username: str = document["username"]
        self.email: str = document["email"]
        self.password_hash: str = document["password_hash"]
        self.is_staff: bool = document.get("is_staff", False)
{%- if cookiecutter.auth != "none" %}
        self.session_token: str = document["session_token"]
{%- endif %}

    @staticmethod
    def new_document(username: str, email: str, password: str, *, staff: bool) -> dict[str, Any]:
        return {
            "username": username,
            "email": email,
            "password_hash": generate_password_hash(
                password, current_app.config["PASSWORD_HASH_METHOD"]
            ),
            "is_staff": staff,
{%- if cookiecutter.auth != "none" %}
            "session_token": new_session_token(),
{%- endif %}
            "created_at": datetime.now(UTC),
        }

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def __str__(self) -> str:
        return self.username
