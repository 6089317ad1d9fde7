"""All data access for posts and users, on MongoEngine.

Every page and endpoint calls these and never the ORM, so they read the same
whatever stores the data. ``Post`` is a frozen dataclass, not an ORM object.
"""

from bson import ObjectId
from mongoengine import Q
from mongoengine.connection import get_db
from pymongo.errors import PyMongoError

from ..models import Post as PostModel
from ..models import User
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
from ..models.login import new_session_token
{%- endif %}
from .records import Post

NEWEST_FIRST = ("-created", "-id")


def _record(post: PostModel) -> Post:
    return Post(
        id=str(post.id),
        title=post.title,
        body=post.body,
        author=post.author.username,
        author_id=str(post.author.id),
        created=post.created,
    )


def _as_id(value) -> ObjectId | None:
    valid = isinstance(value, str | ObjectId) and ObjectId.is_valid(value)
    return ObjectId(value) if valid else None


def _find(post_id) -> PostModel | None:
    key = _as_id(post_id)
    return PostModel.objects(id=key).first() if key is not None else None


def database_ok() -> bool:
    """Whether the database answers; the health check reports this."""
    try:
        get_db().command("ping")
    except PyMongoError:
        return False
    return True


def list_posts(page: int = 1, per_page: int = 10) -> tuple[list[Post], int]:
    """One page of posts, newest first, and the total number of posts."""
    skip = (max(page, 1) - 1) * per_page
    posts = PostModel.objects.order_by(*NEWEST_FIRST).skip(skip).limit(per_page)
    return [_record(post) for post in posts], PostModel.objects.count()


def latest_posts(limit: int = 10) -> list[Post]:
    return [_record(post) for post in PostModel.objects.order_by(*NEWEST_FIRST).limit(limit)]


def get_post(post_id) -> Post | None:
    """The post, or None for an unknown or malformed id."""
    post = _find(post_id)
    return _record(post) if post else None


def create_post(title: str, body: str, author_id) -> Post:
    post = PostModel(title=title, body=body, author=ObjectId(author_id)).save()
    return get_post(str(post.id))


def update_post(post_id, **fields) -> Post | None:
    """Change ``title`` and/or ``body``; None for an unknown post."""
    post = _find(post_id)
    if post is None:
        return None
    for name in ("title", "body"):
        if name in fields:
            setattr(post, name, fields[name])
    post.save()
    return get_post(str(post.id))


def delete_post(post_id) -> bool:
    post = _find(post_id)
    if post is None:
        return False
    post.delete()
    return True


def create_user(username: str, email: str, password: str, *, staff: bool = False) -> User:
    user = User(username=username, email=email.lower(), is_staff=staff)
    user.set_password(password)
    return user.save()


def get_user(key) -> User | None:
    """The user with this id (as Flask-Login stores it: a string), or None."""
    key = _as_id(key)
    return User.objects(id=key).first() if key is not None else None


def find_user(identifier: str) -> User | None:
    """The user whose username or email is ``identifier`` (emails ignore case)."""
    return User.objects(Q(username=identifier) | Q(email=identifier.lower())).first()


def check_credentials(identifier: str, password: str) -> User | None:
    """The user these credentials belong to, or None."""
    user = find_user(identifier)
    return user if user is not None and user.check_password(password) else None


def is_staff(user) -> bool:
    return bool(user is not None and user.is_staff)


def user_id(user) -> str:
    return str(user.id)
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}


def replace_session_token(user) -> None:
    """Log the user out everywhere: sessions and cookies name the old token (models/login.py)."""
    user.session_token = new_session_token()
    user.save()
{%- endif %}
