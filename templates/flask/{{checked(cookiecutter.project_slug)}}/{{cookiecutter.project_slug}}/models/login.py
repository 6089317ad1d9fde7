"""What Flask-Login asks of the user model, the same for every ORM: an id that logout revokes.

Flask keeps the session in a signed cookie, so logging out cannot delete it on the server. The
session (and the "remember me" cookie) therefore name the user by id *and* session token, which
logout replaces: a copy of either stops working once its owner logs out.
"""

import secrets

from flask_login import UserMixin


def new_session_token() -> str:
    return secrets.token_hex(16)


class LoginUserMixin(UserMixin):
    def get_id(self) -> str:
        """Flask-Login's "alternative id": ``<id>:<session token>``."""
        return f"{self.id}:{self.session_token}"
