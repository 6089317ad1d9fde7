"""The PonyORM entities: users and the posts they write.

Pony binds a ``Database`` once, so each application gets its own (``database.init_app``) and the
entities are declared on it here; code reaches them as ``current_db().User`` and ``.Post``.
"""

from datetime import UTC, datetime

from pony.orm import Database, LongStr, Required, Set
from werkzeug.security import check_password_hash
{%- if cookiecutter.auth != "none" %}

from .login import LoginUserMixin, new_session_token
{%- endif %}


def utcnow() -> datetime:
    # Pony stores naive datetimes: UTC by convention here.
    return datetime.now(UTC).replace(tzinfo=None)


def define_entities(db: Database) -> None:
    class User({% if cookiecutter.auth != "none" %}LoginUserMixin, {% endif %}db.Entity):
        """A person who can sign in; only a hash of the password is stored."""

        _table_ = "users"
        username = Required(str, 80, unique=True)
        email = Required(str, 255, unique=True)
        password_hash = Required(str, 255)
{%- if cookiecutter.auth != "none" %}
        session_token = Required(str, 64, default=new_session_token)
{%- endif %}
        is_staff = Required(bool, default=False)
        created_at = Required(datetime, default=utcnow)
        # Deleting a user deletes their posts.
        posts = Set("Post", cascade_delete=True)

        def check_password(self, password: str) -> bool:
            return check_password_hash(self.password_hash, password)

        def __str__(self) -> str:
            return self.username

    class Post(db.Entity):
        """A post; newest first everywhere, so ``created`` is indexed."""

        _table_ = "posts"
        title = Required(str, 200)
        body = Required(LongStr)
        author = Required(User)
        created = Required(datetime, default=utcnow, index=True)
