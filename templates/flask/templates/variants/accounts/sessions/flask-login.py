"""Sessions that logging out ends, on the server too.

Flask keeps the session in a signed cookie, which logging out cannot delete from a copy. The
session and the "remember me" cookie name the user by id and session token (``get_id`` in
``models/login.py``){% if cookiecutter.__jwt %}, and so do JWTs{% endif %}; logging out replaces the token, so every copy stops working.
"""

import hmac

from ..posts import store


def session_user(session_id: str):
    """The user that ``session_id`` (``<id>:<token>``) names, or None once they logged out."""
    key, _, token = session_id.partition(":")
    user = store.get_user(key)
    if user is None or not hmac.compare_digest(user.session_token.encode(), token.encode()):
        return None
    return user


def end_sessions(user) -> None:
    """Log the user out everywhere."""
    store.replace_session_token(user)
