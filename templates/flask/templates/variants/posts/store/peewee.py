"""All data access for posts and users, on Peewee.

Every page and endpoint calls these and never the ORM, so they read the same
whatever stores the data. ``Post`` is a frozen dataclass, not an ORM object.
"""

from datetime import UTC

from peewee import PeeweeException, fn

from ..models import Post as PostModel
from ..models import User, db
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
from ..models.login import new_session_token
{%- endif %}
from .records import Post

NEWEST_FIRST = (PostModel.created.desc(), PostModel.id.desc())


def _record(post: PostModel) -> Post:
    # Some databases forget the time zone: every stored time is UTC.
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


def _posts():
    return PostModel.select(PostModel, User).join(User).order_by(*NEWEST_FIRST)


def _find(post_id) -> PostModel | None:
    key = _as_id(post_id)
    return _posts().where(PostModel.id == key).first() if key is not None else None


def database_ok() -> bool:
    """Whether the database answers; the health check reports this."""
    try:
        db.execute_sql("SELECT 1")
    except PeeweeException:
        return False
    return True


def list_posts(page: int = 1, per_page: int = 10) -> tuple[list[Post], int]:
    """One page of posts, newest first, and the total number of posts."""
    posts = _posts().paginate(max(page, 1), per_page)
    return [_record(post) for post in posts], PostModel.select(fn.COUNT(PostModel.id)).scalar()


def latest_posts(limit: int = 10) -> list[Post]:
    return [_record(post) for post in _posts().limit(limit)]


def get_post(post_id) -> Post | None:
    """The post, or None for an unknown or malformed id."""
    post = _find(post_id)
    return _record(post) if post else None


def create_post(title: str, body: str, author_id) -> Post:
    post = PostModel.create(title=title, body=body, author=int(author_id))
    return get_post(post.id)


def update_post(post_id, **fields) -> Post | None:
    """Change ``title`` and/or ``body``; None for an unknown post."""
    post = _find(post_id)
    if post is None:
        return None
    for name in ("title", "body"):
        if name in fields:
            setattr(post, name, fields[name])
    post.save()
    return _record(post)


def delete_post(post_id) -> bool:
    key = _as_id(post_id)
    return key is not None and PostModel.delete_by_id(key) > 0


def create_user(username: str, email: str, password: str, *, staff: bool = False) -> User:
    user = User(username=username, email=email.lower(), is_staff=staff)
    user.set_password(password)
    user.save()
    return user


def get_user(key) -> User | None:
    """The user with this id (as Flask-Login stores it: a string), or None."""
    key = _as_id(key)
    return User.get_or_none(User.id == key) if key is not None else None


def find_user(identifier: str) -> User | None:
    """The user whose username or email is ``identifier`` (emails ignore case)."""
    return User.get_or_none((User.username == identifier) | (User.email == identifier.lower()))


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
    user.save()
{%- endif %}
