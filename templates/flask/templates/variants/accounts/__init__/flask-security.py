{%- set datastore = {"sqlalchemy": "SQLAlchemyUserDatastore", "peewee": "PeeweeUserDatastore", "mongoengine": "MongoEngineUserDatastore"}[cookiecutter.orm] -%}
"""Accounts by Flask-Security-Too: its sign-up, login and logout views at /accounts/.

The settings (URLs, argon2, CSRF, no mail) are in ``config.py``; its pages extend the site's
``base.html`` through ``templates/security/``.
"""

from flask import Flask, Response, request
from flask_security import {{ datastore }}

from ..extensions import {{ "db, " if cookiecutter.orm == "sqlalchemy" else "" }}security
from ..models import User{{ ", db" if cookiecutter.orm == "peewee" }}
from ..models.security import STAFF, Role
from . import sessions, throttle


class UserDatastore({{ datastore }}):
    """Flask-Security's datastore, with staff kept in the ``is_staff`` column, not a roles table."""

    def find_role(self, role: str) -> Role | None:
        return Role(STAFF) if role == STAFF else None

    def add_role_to_user(self, user: User, role: str | Role) -> bool:
        if role != STAFF or user.is_staff:
            return False
        user.is_staff = True
        self.put(user)
        return True

    def _prepare_create_user_args(self, **kwargs):
        kwargs = super()._prepare_create_user_args(**kwargs)
        kwargs["is_staff"] = STAFF in kwargs.pop("roles")
        return kwargs


def init_app(app: Flask) -> None:
{%- if cookiecutter.orm == "sqlalchemy" %}
    datastore = UserDatastore(db, User, Role)
{%- elif cookiecutter.orm == "peewee" %}
    # No link table: roles come from the is_staff column.
    datastore = UserDatastore(db, User, Role, role_link=None)
{%- else %}
    # Each MongoEngine document saves itself: the datastore needs no database handle.
    datastore = UserDatastore(None, User, Role)
{%- endif %}
    security.init_app(app, datastore)
    sessions.init_app(app)
    throttle.init_app(app)
    # Flask-Security's login view is its own: it is guarded before and counted after.
    app.before_request(guard_security_login)
    app.after_request(count_security_login)


def _security_login_identifier() -> str | None:
    """The account a POST to Flask-Security's login form names, or None for other requests."""
    if request.endpoint != "accounts.login" or request.method != "POST":
        return None
    return request.form.get("username") or request.form.get("email") or ""


def guard_security_login() -> None:
    identifier = _security_login_identifier()
    if identifier is not None:
        throttle.refuse_if_locked(identifier)


def count_security_login(response: Response) -> Response:
    """A login POST answered with the form again failed; one answered with a redirect succeeded."""
    identifier = _security_login_identifier()
    if identifier is not None and response.status_code == 200:
        throttle.record_failure(identifier)
    elif identifier is not None and response.status_code == 302:
        throttle.forget_failures(identifier)
    return response
