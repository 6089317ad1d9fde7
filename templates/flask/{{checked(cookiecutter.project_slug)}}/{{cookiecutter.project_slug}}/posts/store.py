"""All data access for posts and users, behind plain functions.

Pages, the API, feeds and the sitemap call these and never the ORM, so they read the same
whatever stores the data. ``Post`` is a frozen dataclass, not an ORM object.
"""

from .records import Post
from .stores.{{ cookiecutter.orm }} import (
    check_credentials,
    create_post,
    create_user,
    database_ok,
    delete_post,
    find_user,
    get_post,
    get_user,
    is_staff,
    latest_posts,
    list_posts,
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
    replace_session_token,
{%- endif %}
    update_post,
    user_id,
)

__all__ = [
    "Post",
    "check_credentials",
    "create_post",
    "create_user",
    "database_ok",
    "delete_post",
    "find_user",
    "get_post",
    "get_user",
    "is_staff",
    "latest_posts",
    "list_posts",
{%- if cookiecutter.auth in ["flask-login", "flask-principal"] %}
    "replace_session_token",
{%- endif %}
    "update_post",
    "user_id",
]
