"""What every flavour of the API shares: who is asking, who may change a post, pages of posts."""

from flask import g, request, url_for
{%- if cookiecutter.__jwt %}
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt import PyJWTError
{%- endif %}
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Forbidden, NotFound, Unauthorized

from ..accounts import throttle
{% if cookiecutter.__jwt -%}
from ..accounts.sessions import session_user
{% endif -%}
from ..posts import store
from ..posts.records import Post

PER_PAGE = 10
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# Sent with a 401: it tells clients (and browsers) to retry with HTTP Basic credentials.
CHALLENGE = WWWAuthenticate("basic", {"realm": "api"})


{% if cookiecutter.__jwt -%}
def request_user():
    """The user named by the request's HTTP Basic credentials or JWT access token, or None."""
    auth = request.authorization
    if auth is not None and auth.type == "basic":
        return throttle.check_credentials(auth.username or "", auth.password or "")
    if auth is not None and auth.type == "bearer":
        try:
            verify_jwt_in_request()
        except (JWTExtendedException, PyJWTError):
            return None  # expired, tampered with, or a refresh token
        return session_user(get_jwt_identity())
    return None
{%- else -%}
def request_user():
    """The user whose HTTP Basic credentials (username or email) the request carries, or None."""
    auth = request.authorization
    if auth is None or auth.type != "basic":
        return None
    return throttle.check_credentials(auth.username or "", auth.password or "")
{%- endif %}


def authenticate_writes() -> None:
    """Run before every API view: writes need credentials, checked before the body is read."""
    if request.method in UNSAFE_METHODS:
        g.api_user = request_user()
        if g.api_user is None:
            raise Unauthorized("Authentication required.", www_authenticate=CHALLENGE)


def get_post(post_id) -> Post:
    post = store.get_post(post_id)
    if post is None:
        raise NotFound("No such post.")
    return post


def editable_post(post_id) -> Post:
    """The post, when the authenticated user is its author or staff."""
    post = get_post(post_id)
    user = g.api_user
    if not (store.is_staff(user) or store.user_id(user) == post.author_id):
        raise Forbidden("Only the author or staff may change this post.")
    return post


def page_of_posts(page: int) -> dict:
    """``{"count", "next", "previous", "results"}`` for page ``page`` (404 past the last one)."""
    posts, total = store.list_posts(page, PER_PAGE)
    if page < 1 or (page > 1 and not posts):
        raise NotFound("No such page.")

    def link(number: int) -> str:
        return url_for(request.endpoint, **(request.view_args or {}), page=number, _external=True)

    return {
        "count": total,
        "next": link(page + 1) if page * PER_PAGE < total else None,
        "previous": link(page - 1) if page > 1 else None,
        "results": posts,
    }
