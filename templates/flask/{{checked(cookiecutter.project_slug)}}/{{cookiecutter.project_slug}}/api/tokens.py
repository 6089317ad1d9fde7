"""JSON Web Tokens (Flask-JWT-Extended): ``POST /api/token/`` trades credentials for a token pair.

The access token then authorises API writes as ``Authorization: Bearer <access>`` for 15 minutes
(``JWT_ACCESS_TOKEN_EXPIRES``); the refresh token, sent the same way to
``POST /api/token/refresh/``, gets a new access token for 30 days. Tokens name the user's
session id (``accounts/sessions.py``): ``POST /api/token/revoke/`` with an access token, or logging
out on the site, replaces it, and every token of that user is refused from then on.
"""

from flask import Blueprint, Flask, request
from flask_jwt_extended import (
    create_access_token,
    create_refresh_token,
    get_jwt_identity,
    jwt_required,
)

from ..accounts import throttle
from ..accounts.sessions import end_sessions, session_user
from ..extensions import jwt

bp = Blueprint("api_tokens", __name__, url_prefix="/api/token")


@bp.post("/")
def obtain():
    """``{"username" or "email", "password"}`` → ``{"access", "refresh"}``; 401 when wrong."""
    data = request.get_json()
    if not isinstance(data, dict):
        return {"message": "Send a JSON object."}, 400
    identifier = data.get("username") or data.get("email")
    password = data.get("password")
    if not isinstance(identifier, str) or not isinstance(password, str):
        return {"message": "Send a username or email, and a password."}, 400
    user = throttle.check_credentials(identifier, password)
    if user is None:
        return {"message": "Invalid credentials."}, 401
    identity = user.get_id()
    return {"access": create_access_token(identity), "refresh": create_refresh_token(identity)}


@bp.post("/refresh/")
@jwt_required(refresh=True)
def refresh():
    return {"access": create_access_token(get_jwt_identity())}


@bp.post("/revoke/")
@jwt_required()
def revoke():
    """Log the token's user out everywhere: their tokens and site sessions stop working."""
    end_sessions(session_user(get_jwt_identity()))
    return "", 204


@jwt.token_in_blocklist_loader
def revoked(jwt_header: dict, jwt_payload: dict) -> bool:
    """A token is revoked once its session id is no longer its user's (they logged out)."""
    return session_user(jwt_payload["sub"]) is None


def init_app(app: Flask) -> None:
    jwt.init_app(app)
    app.register_blueprint(bp)
