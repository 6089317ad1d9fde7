"""A small CSRF defence for the HTML forms: a random token kept in the session.

Every form sends it back in a hidden ``csrf_token`` field; a state-changing request without the
session's token is refused before the view runs.
"""

import hmac
import secrets

from flask import Flask, abort, request, session

SESSION_KEY = "csrf_token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def csrf_token() -> str:
    """The session's token, created on first use; templates call this."""
    if SESSION_KEY not in session:
        session[SESSION_KEY] = secrets.token_urlsafe(32)
    return session[SESSION_KEY]


def protect() -> None:
    """Refuse (400) an unsafe request whose token is missing or not the session's."""
    if request.method not in UNSAFE_METHODS:
        return
    expected = session.get(SESSION_KEY)
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRFToken", "")
    if not expected or not hmac.compare_digest(expected.encode(), sent.encode()):
        abort(400, description="The CSRF token is missing or invalid.")


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csrf_token"] = csrf_token
