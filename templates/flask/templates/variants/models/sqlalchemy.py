{#- The user model's mixin from models/security.py or models/login.py, and its helper. -#}
{% set mixin = {
    "flask-security": ("security", "SecurityUserMixin", "new_uniquifier"),
    "flask-login": ("login", "LoginUserMixin", "new_session_token"),
    "flask-principal": ("login", "LoginUserMixin", "new_session_token"),
}.get(cookiecutter.auth) -%}
{% set local_imports = (["from ." ~ mixin[0] ~ " import " ~ mixin[1] ~ ", " ~ mixin[2]] if mixin else [])
    + (["from .passwords import PasswordMixin"] if cookiecutter.auth != "flask-security" else []) -%}
{% set bases = ([mixin[1]] if mixin else []) + (["PasswordMixin"] if cookiecutter.auth != "flask-security" else []) + ["db.Model"] -%}
"""The SQLAlchemy models: users and the posts they write."""

from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, false{% if cookiecutter.auth == "flask-security" %}, true{% endif %}
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
{%- for line in local_imports %}
{{ line }}
{%- endfor %}


def utcnow() -> datetime:
    return datetime.now(UTC)


class User({{ bases | join(", ") }}):
    """A person who can sign in; only a hash of the password is stored."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
{%- if cookiecutter.auth == "flask-security" %}
    # Flask-Security reads ``password``; the column keeps the name it has with every auth.
    password: Mapped[str] = mapped_column("password_hash", String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    fs_uniquifier: Mapped[str] = mapped_column(String(64), unique=True, default=new_uniquifier)
{%- else %}
    password_hash: Mapped[str] = mapped_column(String(255))
{%- endif %}
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
    session_token: Mapped[str] = mapped_column(String(64), default=new_session_token)
{%- endif %}
    is_staff: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # Deleting a user (from the admin) deletes their posts.
    posts: Mapped[list["Post"]] = relationship(
        back_populates="author", cascade="all, delete-orphan"
    )

    def __str__(self) -> str:
        return self.username


class Post(db.Model):
    """A post; newest first everywhere, so ``created`` is indexed."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)

    author: Mapped[User] = relationship(back_populates="posts")

    def __str__(self) -> str:
        return self.title
