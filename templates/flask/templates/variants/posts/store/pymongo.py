"""All data access for posts and users, on Flask-PyMongo: plain ``users`` and ``posts`` documents.

Every page and endpoint calls these and never PyMongo, so they read the same
whatever stores the data. ``Post`` is a frozen dataclass. A post keeps its author's username
next to ``author_id``, so listing posts needs no second query.
"""

from datetime import UTC, datetime
from typing import Any

from bson import ObjectId
from pymongo import DESCENDING
from pymongo.errors import PyMongoError

from ..extensions import mongo
from ..models import User
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
from ..models.login import new_session_token
{%- endif %}
from .records import Post

NEWEST_FIRST = [("created", DESCENDING), ("_id", DESCENDING)]


def _record(document: dict[str, Any]) -> Post:
    return Post(
        id=str(document["_id"]),
        title=document["title"],
        body=document["body"],
        author=document["author"],
        author_id=str(document["author_id"]),
        created=document["created"],
    )


def _as_id(value) -> ObjectId | None:
    valid = isinstance(value, str | ObjectId) and ObjectId.is_valid(value)
    return ObjectId(value) if valid else None


def database_ok() -> bool:
    """Whether the database answers; the health check reports this."""
    try:
        mongo.db.command("ping")
    except PyMongoError:
        return False
    return True


def list_posts(page: int = 1, per_page: int = 10) -> tuple[list[Post], int]:
    """One page of posts, newest first, and the total number of posts."""
    skip = (max(page, 1) - 1) * per_page
    documents = mongo.db.posts.find().sort(NEWEST_FIRST).skip(skip).limit(per_page)
    return [_record(document) for document in documents], mongo.db.posts.count_documents({})


def latest_posts(limit: int = 10) -> list[Post]:
    return [_record(document) for document in mongo.db.posts.find().sort(NEWEST_FIRST).limit(limit)]


def get_post(post_id) -> Post | None:
    """The post, or None for an unknown or malformed id."""
    key = _as_id(post_id)
    document = mongo.db.posts.find_one({"_id": key}) if key is not None else None
    return _record(document) if document else None


def create_post(title: str, body: str, author_id) -> Post:
    author = get_user(author_id)
    document = {
        "title": title,
        "body": body,
        "author": author.username,
        "author_id": ObjectId(author.id),
        "created": datetime.now(UTC),
    }
    # Read it back: MongoDB keeps times to the millisecond.
    return get_post(mongo.db.posts.insert_one(document).inserted_id)


def update_post(post_id, **fields) -> Post | None:
    """Change ``title`` and/or ``body``; None for an unknown post."""
    key = _as_id(post_id)
    if key is None:
        return None
    changes = {name: fields[name] for name in ("title", "body") if name in fields}
    if changes:
        mongo.db.posts.update_one({"_id": key}, {"$set": changes})
    return get_post(key)


def delete_post(post_id) -> bool:
    key = _as_id(post_id)
    return key is not None and mongo.db.posts.delete_one({"_id": key}).deleted_count == 1


def create_user(username: str, email: str, password: str, *, staff: bool = False) -> User:
    document = User.new_document(username, email.lower(), password, staff=staff)
    document["_id"] = mongo.db.users.insert_one(document).inserted_id
    return User(document)


def get_user(key) -> User | None:
    """The user with this id (as Flask-Login stores it: a string), or None."""
    key = _as_id(key)
    document = mongo.db.users.find_one({"_id": key}) if key is not None else None
    return User(document) if document else None


def find_user(identifier: str) -> User | None:
    """The user whose username or email is ``identifier`` (emails ignore case)."""
    query = {"$or": [{"username": identifier}, {"email": identifier.lower()}]}
    document = mongo.db.users.find_one(query)
    return User(document) if document else None


def check_credentials(identifier: str, password: str) -> User | None:
    """The user these credentials belong to, or None."""
    user = find_user(identifier)
    return user if user is not None and user.check_password(password) else None


def is_staff(user) -> bool:
    return bool(user is not None and user.is_staff)


def user_id(user) -> str:
    return user.id
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}


def replace_session_token(user) -> None:
    """Log the user out everywhere: sessions and cookies name the old token (models/login.py)."""
    user.session_token = new_session_token()
    mongo.db.users.update_one(
        {"_id": ObjectId(user.id)}, {"$set": {"session_token": user.session_token}}
    )
{%- endif %}
