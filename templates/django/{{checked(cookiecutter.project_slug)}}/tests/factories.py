"""Test data made with the project's own models and managers, and the form data that signs up
or logs in a user."""

{% if cookiecutter.example_app -%}
from {{ cookiecutter.project_slug }}.posts.models import Post
{% endif -%}
from {{ cookiecutter.project_slug }}.users.models import User

PASSWORD = "correct-horse-battery-staple"
NEW_PASSWORD = "another-long-passphrase-42"
{%- if cookiecutter.username_type == "email" %}

# Users log in with their email address.
LOGIN_FIELD = "email"


def account_fields(name):
    """The fields that name a new account, in the sign-up form and the admin's add form."""
    return {"email": f"{name}@example.com"}
{%- else %}

LOGIN_FIELD = "username"


def account_fields(name):
    """The fields that name a new account, in the sign-up form and the admin's add form."""
    return {"username": name, "email": f"{name}@example.com"}
{%- endif %}


def make_user(name, **extra):
    return User.objects.create_user(**account_fields(name), password=PASSWORD, **extra)


def signup_data(**overrides):
    passwords = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    return account_fields("newcomer") | passwords | overrides


def login_data(user, password=PASSWORD):
    return {LOGIN_FIELD: user.get_username(), "password": password}
{%- if cookiecutter.example_app %}


def make_post(author, **fields):
    return Post.objects.create(author=author, **{"title": "A post", "body": "Its body."} | fields)


def make_posts(author, count):
    """``count`` posts by ``author``, oldest first."""
    return [make_post(author, title=f"Post {number}") for number in range(count)]
{%- endif %}
