{#- The user model's mixin from models/security.py or models/login.py, and its helper. -#}
{% set mixin = {
    "flask-security": ("security", "SecurityUserMixin", "new_uniquifier"),
    "flask-login": ("login", "LoginUserMixin", "new_session_token"),
    "flask-principal": ("login", "LoginUserMixin", "new_session_token"),
}.get(cookiecutter.auth) -%}
{% set local_imports = (["from ." ~ mixin[0] ~ " import " ~ mixin[1] ~ ", " ~ mixin[2]] if mixin else [])
    + (["from .passwords import PasswordMixin"] if cookiecutter.auth != "flask-security" else []) -%}
{% set bases = ([mixin[1]] if mixin else []) + (["PasswordMixin"] if cookiecutter.auth != "flask-security" else []) + ["Document"] -%}
"""The MongoEngine documents: users and the posts they write."""

from datetime import UTC, datetime

from mongoengine import (
    CASCADE,
    BooleanField,
    DateTimeField,
    Document,
    EmailField,
    ReferenceField,
    StringField,
)
{%- if local_imports %}

{{ local_imports | join("\n") }}
{%- endif %}


def utcnow() -> datetime:
    return datetime.now(UTC)


class User({{ bases | join(", ") }}):
    """A person who can sign in; only a hash of the password is stored."""

    username = StringField(max_length=80, required=True, unique=True)
    email = EmailField(max_length=255, required=True, unique=True)
{%- if cookiecutter.auth == "flask-security" %}
    # Flask-Security reads ``password``; the field keeps the name it has with every auth.
    password = StringField(max_length=255, required=True, db_field="password_hash")
    active = BooleanField(default=True)
    fs_uniquifier = StringField(max_length=64, required=True, unique=True, default=new_uniquifier)
{%- else %}
    password_hash = StringField(max_length=255, required=True)
{%- endif %}
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
    session_token = StringField(max_length=64, required=True, default=new_session_token)
{%- endif %}
    is_staff = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)

    meta = {"collection": "users"}

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
