"""All data access for posts and users, on PonyORM; each function runs in a (re-entrant) db_session.

Every page and endpoint calls these and never the ORM, so they read the same
whatever stores the data. ``Post`` is a frozen dataclass, not an ORM object.
"""

from datetime import UTC

from flask import current_app
from pony.orm import DBException, OrmError, db_session, desc
from werkzeug.security import generate_password_hash

from ..database import current_db
{% if cookiecutter.auth in ["flask-login", "flask-principal"] -%}
from ..models.login import new_session_token
{% endif -%}
from .records import Post


def _record(post) -> Post:
    return Post(
        id=post.id,
        title=post.title,
        body=post.body,
        author=post.author.username,
        author_id=post.author.id,
        created=post.created.replace(tzinfo=UTC),
    )


def _as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _find(post_id):
    key = _as_id(post_id)
    return current_db().Post.get(id=key) if key is not None else None


def _newest_first():
    return current_db().Post.select().order_by(lambda post: (desc(post.created), desc(post.id)))


def database_ok() -> bool:
    """Whether the database answers; the health check reports this."""
    try:
        with db_session:
            current_db().execute("SELECT 1")
    except (DBException, OrmError):
        return False
    return True


@db_session
def list_posts(page: int = 1, per_page: int = 10) -> tuple[list[Post], int]:
    """One page of posts, newest first, and the total number of posts."""
    posts = _newest_first().page(max(page, 1), per_page)
    return [_record(post) for post in posts], current_db().Post.select().count()


@db_session
def latest_posts(limit: int = 10) -> list[Post]:
    return [_record(post) for post in _newest_first()[:limit]]


@db_session
def get_post(post_id) -> Post | None:
    """The post, or None for an unknown or malformed id."""
    post = _find(post_id)
    return _record(post) if post else None


@db_session
def create_post(title: str, body: str, author_id) -> Post:
    db = current_db()
    post = db.Post(title=title, body=body, author=db.User[int(author_id)])
    post.flush()
    return _record(post)


@db_session
def update_post(post_id, **fields) -> Post | None:
    """Change ``title`` and/or ``body``; None for an unknown post."""
    post = _find(post_id)
    if post is None:
        return None
    post.set(**{name: fields[name] for name in ("title", "body") if name in fields})
    return _record(post)


@db_session
def delete_post(post_id) -> bool:
    post = _find(post_id)
    if post is None:
        return False
    post.delete()
    return True


@db_session
def create_user(username: str, email: str, password: str, *, staff: bool = False):
    password_hash = generate_password_hash(password, current_app.config["PASSWORD_HASH_METHOD"])
    user = current_db().User(
        username=username, email=email.lower(), password_hash=password_hash, is_staff=staff
    )
    user.flush()
    return user


@db_session
def get_user(key):
    """The user with this id (as Flask-Login stores it: a string), or None."""
    key = _as_id(key)
    return current_db().User.get(id=key) if key is not None else None


@db_session
def find_user(identifier: str):
    """The user whose username or email is ``identifier`` (emails ignore case)."""
    email = identifier.lower()
    users = current_db().User.select(lambda u: u.username == identifier or u.email == email)
    return users.first()


@db_session
def check_credentials(identifier: str, password: str):
    """The user these credentials belong to, or None."""
    user = find_user(identifier)
    return user if user is not None and user.check_password(password) else None


def is_staff(user) -> bool:
    return bool(user is not None and user.is_staff)


def user_id(user) -> int:
    return user.id
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}


@db_session
def replace_session_token(user) -> None:
    """Log the user out everywhere: sessions and cookies name the old token (models/login.py)."""
    current_db().User[user.id].session_token = new_session_token()
{%- endif %}
