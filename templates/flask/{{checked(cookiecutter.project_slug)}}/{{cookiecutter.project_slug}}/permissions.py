"""Roles and permissions with Flask-Principal, on top of Flask-Login's session.

Each request's identity is the signed-in user: ``UserNeed(<id>)``, plus ``RoleNeed("staff")`` for
staff. Pages ask permissions, not user attributes: ``staff_permission.can()``.
"""

from flask import Flask
from flask_login import current_user
from flask_principal import Identity, Permission, Principal, RoleNeed, UserNeed, identity_loaded

from .posts import store
from .posts.records import Post

STAFF = RoleNeed("staff")

principal = Principal(use_sessions=False)
staff_permission = Permission(STAFF)


def edit_permission(post: Post) -> Permission:
    """The post's author or any staff user."""
    return Permission(UserNeed(post.author_id), STAFF)


def load_identity() -> Identity | None:
    if current_user.is_authenticated:
        return Identity(store.user_id(current_user))
    return None


def add_needs(sender, identity: Identity) -> None:
    if current_user.is_authenticated:
        identity.provides.add(UserNeed(store.user_id(current_user)))
        if store.is_staff(current_user):
            identity.provides.add(STAFF)


def init_app(app: Flask) -> None:
    principal.init_app(app)
    principal.identity_loader(load_identity)
    identity_loaded.connect_via(app)(add_needs)
