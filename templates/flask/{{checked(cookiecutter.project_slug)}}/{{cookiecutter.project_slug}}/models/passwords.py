"""Password hashes by Werkzeug, with the method the configuration names."""

from flask import current_app
from werkzeug.security import check_password_hash, generate_password_hash


class PasswordMixin:
    """``set_password`` and ``check_password`` over the user's ``password_hash`` column."""

    def set_password(self, password: str) -> None:
        method = current_app.config["PASSWORD_HASH_METHOD"]
        self.password_hash = generate_password_hash(password, method)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)
