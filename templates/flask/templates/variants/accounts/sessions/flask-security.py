"""Sessions that logging out ends, on the server too.

Flask keeps the session in a signed cookie, which logging out cannot delete from a copy. The
session and the "remember me" cookie name the user by ``fs_uniquifier`` (Flask-Security's
user id for sessions){% if cookiecutter.__jwt %}, and so do JWTs{% endif %}; logging out replaces it, so every copy stops working.
"""

from flask import Flask
from flask_login import user_logged_out

from ..extensions import security
from ..models import User


def init_app(app: Flask) -> None:
    user_logged_out.connect(on_logout, app)


def on_logout(app: Flask, user: User, **extra) -> None:
    end_sessions(user)
{%- if cookiecutter.__jwt %}


def session_user(session_id: str) -> User | None:
    """The user whose sessions carry ``session_id``, or None once they logged out."""
    return security.datastore.find_user(fs_uniquifier=session_id)
{%- endif %}


def end_sessions(user: User) -> None:
    """Log the user out everywhere."""
    security.datastore.set_uniquifier(user)
    security.datastore.commit()
