"""All data access for posts and users, on SQLAlchemy.

Every page and endpoint calls these and never the ORM, so they read the same
whatever stores the data. ``Post`` is a frozen dataclass, not an ORM object.
"""

from datetime import UTC

from sqlalchemy import func, or_, select, text
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db
from ..models import Post as PostModel
from ..models import User
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
from ..models.login import new_session_token
{%- endif %}
from .records import Post

NEWEST_FIRST = (PostModel.created.desc(), PostModel.id.desc())


def _record(post: PostModel) -> Post:
    # SQLite forgets the time zone; every stored time is UTC.
    created = post.created
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return Post(
        id=post.id,
        title=post.title,
        body=post.body,
        author=post.author.username,
        author_id=post.author_id,
        created=created,
    )


def _as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def database_ok() -> bool:
    """Whether the database answers; the health check reports this."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return False
    return True


def list_posts(page: int = 1, per_page: int = 10) -> tuple[list[Post], int]:
    """One page of posts, newest first, and the total number of posts."""
    page = max(page, 1)
    query = select(PostModel).order_by(*NEWEST_FIRST).limit(per_page).offset((page - 1) * per_page)
    total = db.session.scalar(select(func.count()).select_from(PostModel))
    return [_record(post) for post in db.session.scalars(query)], total


def latest_posts(limit: int = 10) -> list[Post]:
    query = select(PostModel).order_by(*NEWEST_FIRST).limit(limit)
    return [_record(post) for post in db.session.scalars(query)]


def get_post(post_id) -> Post | None:
    """The post, or None for an unknown or malformed id."""
    key = _as_id(post_id)
    post = db.session.get(PostModel, key) if key is not None else None
    return _record(post) if post else None


def create_post(title: str, body: str, author_id) -> Post:
    post = PostModel(title=title, body=body, author_id=int(author_id))
    db.session.add(post)
    db.session.commit()
    return _record(post)


def update_post(post_id, **fields) -> Post | None:
    """Change ``title`` and/or ``body``; None for an unknown post."""
    key = _as_id(post_id)
    post = db.session.get(PostModel, key) if key is not None else None
    if post is None:
        return None
    for name in ("title", "body"):
        if name in fields:
            setattr(post, name, fields[name])
    db.session.commit()
    return _record(post)


def delete_post(post_id) -> bool:
    key = _as_id(post_id)
    post = db.session.get(PostModel, key) if key is not None else None
    if post is None:
        return False
    db.session.delete(post)
    db.session.commit()
    return True


def create_user(username: str, email: str, password: str, *, staff: bool = False) -> User:
    user = User(username=username, email=email.lower(), is_staff=staff)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def get_user(key) -> User | None:
    """The user with this id (as Flask-Login stores it: a string), or None."""
    key = _as_id(key)
    return db.session.get(User, key) if key is not None else None


def find_user(identifier: str) -> User | None:
    """The user whose username or email is ``identifier`` (emails ignore case)."""
    query = select(User).where(or_(User.username == identifier, User.email == identifier.lower()))
    return db.session.scalars(query).first()


def check_credentials(identifier: str, password: str) -> User | None:
    """The user these credentials belong to, or None."""
    user = find_user(identifier)
    return user if user is not None and user.check_password(password) else None


def is_staff(user) -> bool:
    return bool(user is not None and user.is_staff)


def user_id(user) -> int:
    return user.id
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}


def replace_session_token(user) -> None:
    """Log the user out everywhere: sessions and cookies name the old token (models/login.py)."""
    user.session_token = new_session_token()
    db.session.commit()
{%- endif %}
