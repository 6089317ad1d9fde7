"""The MongoEngine documents: users and the posts they write."""

from datetime import UTC, datetime

{% if cookiecutter.auth != "none" -%}
from flask_login import UserMixin
{% endif -%}
from mongoengine import (
    CASCADE,
    BooleanField,
    DateTimeField,
    Document,
    EmailField,
    ReferenceField,
    StringField,
)
from werkzeug.security import check_password_hash, generate_password_hash


def utcnow() -> datetime:
    return datetime.now(UTC)


class User({% if cookiecutter.auth != "none" %}UserMixin, {% endif %}Document):
    """A person who can sign in; only a hash of the password is stored."""

    username = StringField(max_length=80, required=True, unique=True)
    email = EmailField(max_length=255, required=True, unique=True)
    password_hash = StringField(max_length=255, required=True)
    is_staff = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)

    meta = {"collection": "users"}

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def __str__(self) -> str:
        return self.username


class Post(Document):
    """A post; newest first everywhere, so ``created`` is indexed."""

    title = StringField(max_length=200, required=True)
    body = StringField(required=True)
    # Deleting a user (from the admin) deletes their posts.
    author = ReferenceField(User, required=True, reverse_delete_rule=CASCADE)
    created = DateTimeField(default=utcnow)

    meta = {"collection": "posts", "indexes": ["-created"]}

    def __str__(self) -> str:
        return self.title
