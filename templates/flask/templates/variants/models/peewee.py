{#- The user model's mixin from models/security.py or models/login.py, and its helper. -#}
{% set mixin = {
    "flask-security": ("security", "SecurityUserMixin", "new_uniquifier"),
    "flask-login": ("login", "LoginUserMixin", "new_session_token"),
    "flask-principal": ("login", "LoginUserMixin", "new_session_token"),
}.get(cookiecutter.auth) -%}
{% set local_imports = (["from ." ~ mixin[0] ~ " import " ~ mixin[1] ~ ", " ~ mixin[2]] if mixin else [])
    + (["from .passwords import PasswordMixin"] if cookiecutter.auth != "flask-security" else []) -%}
{% set bases = ([mixin[1]] if mixin else []) + (["PasswordMixin"] if cookiecutter.auth != "flask-security" else []) + ["BaseModel"] -%}
"""The Peewee models (users and the posts they write) and the database they live in."""

from datetime import UTC, datetime

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    Model,
    TextField,
)
{%- if local_imports %}

{{ local_imports | join("\n") }}
{%- endif %}

# Bound to the configured database by ``database.init_app``; models are declared before any app.
db = DatabaseProxy()


def utcnow() -> datetime:
    return datetime.now(UTC)


class BaseModel(Model):
    class Meta:
        database = db


class User({{ bases | join(", ") }}):
    """A person who can sign in; only a hash of the password is stored."""

    username = CharField(max_length=80, unique=True)
    email = CharField(max_length=255, unique=True)
{%- if cookiecutter.auth == "flask-security" %}
    # Flask-Security reads ``password``; the column keeps the name it has with every auth.
    password = CharField(max_length=255, column_name="password_hash")
    active = BooleanField(default=True)
    fs_uniquifier = CharField(max_length=64, unique=True, default=new_uniquifier)
{%- else %}
    password_hash = CharField(max_length=255)
{%- endif %}
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
    session_token = CharField(max_length=64, default=new_session_token)
{%- endif %}
    is_staff = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "users"

    def __str__(self) -> str:
        return self.username


class Post(BaseModel):
    """A post; newest first everywhere, so ``created`` is indexed."""

    title = CharField(max_length=200)
    body = TextField()
    # Deleting a user (from the admin) deletes their posts.
    author = ForeignKeyField(User, backref="posts", on_delete="CASCADE")
    created = DateTimeField(default=utcnow, index=True)

    class Meta:
        table_name = "posts"

    def __str__(self) -> str:
        return self.title
