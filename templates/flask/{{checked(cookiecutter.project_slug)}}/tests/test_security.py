"""Accounts by Flask-Security-Too: sign up, log in and out, CSRF, roles, argon2, configuration."""

import re

import pytest

from {{ cookiecutter.project_slug }}.config import (
    PLACEHOLDER_SECRET,
    ProductionConfig,
    TestingConfig,
)
from {{ cookiecutter.project_slug }}.extensions import security
from {{ cookiecutter.project_slug }}.models.security import STAFF
from {{ cookiecutter.project_slug }}.posts import store

SIGNUP = {
    "username": "linus",
    "email": "linus@example.com",
    "password": "a long enough password",
    "password_confirm": "a long enough password",
}

# What ProductionConfig needs besides the password salt; nothing here connects to it.
PRODUCTION_ENVIRONMENT = {
    "SECRET_KEY": "a-long-random-value-that-is-not-the-placeholder-0123456789",
    "ALLOWED_HOSTS": "example.com",
{%- if cookiecutter.__database == "mongodb" %}
    "MONGODB_URI": "mongodb://db.example:27017/app",
{%- elif cookiecutter.__database != "sqlite" %}
    "DATABASE_URL": "{{ cookiecutter.__database }}://app:secret@db.example/app",
{%- endif %}
}


def logged_in(client) -> bool:
    return "Log out" in client.get("/").get_data(as_text=True)


@pytest.mark.usefixtures("app")
def test_signup_form_has_the_expected_fields_in_the_site_layout(client):
    page = client.get("/accounts/signup/").get_data(as_text=True)

    for field in ("username", "email", "password", "password_confirm", "csrf_token"):
        assert f'name="{field}"' in page
    assert 'href="/static/css/main.css"' in page


@pytest.mark.usefixtures("app")
def test_signup_creates_the_user_and_logs_them_in(client, csrf_token):
    response = client.post("/accounts/signup/", data=SIGNUP | {"csrf_token": csrf_token()})

    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    user = store.check_credentials("linus", SIGNUP["password"])
    assert user is not None
    assert not store.is_staff(user)
    assert logged_in(client)


@pytest.mark.parametrize(
    "changes",
    [
        {"username": "ada"},
        {"email": "ADA@example.com"},
        {"email": "not-an-email"},
        {"password": "short", "password_confirm": "short"},
        {"password_confirm": "something else"},
    ],
)
@pytest.mark.usefixtures("user")
def test_invalid_signup_shows_errors_and_creates_nobody(client, csrf_token, changes):
    data = SIGNUP | changes | {"csrf_token": csrf_token()}

    response = client.post("/accounts/signup/", data=data)

    assert response.status_code == 200
    assert "fs-error-msg" in response.get_data(as_text=True)
    assert store.find_user("linus") is None
    assert not logged_in(client)


@pytest.mark.parametrize("weak", ["password", "12345678", "QwertyUIOP"])
@pytest.mark.usefixtures("app")
def test_signup_refuses_common_passwords_next_to_the_field(client, csrf_token, weak):
    data = SIGNUP | {"password": weak, "password_confirm": weak, "csrf_token": csrf_token()}

    response = client.post("/accounts/signup/", data=data)

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    # Shown between the password field and the next one.
    reason = page.index("too common")
    assert page.index('name="password"') < reason < page.index('name="password_confirm"')
    assert store.find_user("linus") is None


@pytest.mark.parametrize("path", ["/accounts/signup/", "/accounts/login/"])
@pytest.mark.usefixtures("user")
def test_a_form_without_its_csrf_token_is_refused(client, password, path):
    data = SIGNUP | {"username": "ada", "password": password}

    response = client.post(path, data=data)

    assert response.status_code == 400
    assert store.find_user("linus") is None
    assert not logged_in(client)


@pytest.mark.parametrize(("field", "value"), [("username", "ada"), ("email", "ada@example.com")])
@pytest.mark.usefixtures("user")
def test_login_with_username_or_email(client, csrf_token, password, field, value):
    data = {field: value, "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", data=data)

    assert response.status_code == 302
    assert logged_in(client)


@pytest.mark.usefixtures("user")
def test_login_returns_to_next(client, csrf_token, password):
    data = {"username": "ada", "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", query_string={"next": "/posts/new/"}, data=data)

    assert response.status_code == 302
    assert response.headers["Location"] == "/posts/new/"


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/"])
@pytest.mark.usefixtures("user")
def test_login_refuses_a_next_on_another_site(client, csrf_token, password, target):
    data = {"username": "ada", "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", query_string={"next": target}, data=data)

    assert response.status_code == 200
    assert "Redirections outside the domain are forbidden" in response.get_data(as_text=True)
    assert not logged_in(client)


@pytest.mark.usefixtures("user")
def test_the_login_form_keeps_next(client):
    page = client.get("/accounts/login/?next=/posts/").get_data(as_text=True)

    assert 'action="/accounts/login/?next=/posts/"' in page


@pytest.mark.parametrize("password", ["wrong", ""])
@pytest.mark.usefixtures("user")
def test_wrong_password_is_refused(client, csrf_token, password):
    data = {"username": "ada", "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", data=data)

    assert response.status_code == 200
    assert not logged_in(client)


def test_logout_needs_post_and_the_csrf_token(make_app, password):
    # Outside the app context the other tests share: each request has its own g, as when served.
    app = make_app()
    with app.app_context():
        store.create_user("ada", "ada@example.com", password)
    client = app.test_client()

    def token() -> str:
        page = client.get("/accounts/login/", follow_redirects=True).get_data(as_text=True)
        return re.search(r'name="csrf_token"[^>]* value="([^"]+)"', page).group(1)

    data = {"username": "ada", "password": password, "csrf_token": token()}
    assert client.post("/accounts/login/", data=data).status_code == 302

    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 200  # a page asking to confirm
    assert logged_in(client)

    response = client.post("/accounts/logout/", data={"csrf_token": token()})

    assert response.status_code == 302
    assert not logged_in(client)


def test_passwords_are_stored_as_argon2_hashes(user, password):
    assert user.password.startswith("$argon2id$")
    assert password not in user.password
    assert user.check_password(password)
    assert not user.check_password("wrong")


def test_only_the_tests_hash_with_cheap_argon2_parameters(monkeypatch, user):
    for key, value in PRODUCTION_ENVIRONMENT.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SECURITY_PASSWORD_SALT", "a-long-random-salt-that-is-not-the-placeholder")

    assert user.password.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    assert TestingConfig().SECURITY_PASSWORD_HASH_PASSLIB_OPTIONS
    # Production leaves passlib's argon2 parameters (64 MiB, 3 passes) alone.
    assert not hasattr(ProductionConfig(), "SECURITY_PASSWORD_HASH_PASSLIB_OPTIONS")


def test_staff_is_the_staff_role(user, staff):
    assert staff.has_role(STAFF)
    assert not user.has_role(STAFF)


@pytest.mark.usefixtures("app")
def test_the_datastore_creates_staff_from_the_staff_role(password):
    datastore = security.datastore

    created = datastore.create_user(
        username="root", email="root@example.com", password=password, roles=[STAFF]
    )

    assert store.is_staff(created)
    assert datastore.find_role(STAFF).name == STAFF
    assert datastore.find_role("editor") is None


def test_the_datastore_adds_the_staff_role_to_the_staff_column(user):
    datastore = security.datastore

    assert not datastore.add_role_to_user(user, "editor")
    assert datastore.add_role_to_user(user, STAFF)
    datastore.commit()

    assert store.is_staff(store.find_user("ada"))
    assert not datastore.add_role_to_user(user, STAFF)


@pytest.mark.parametrize("salt", [None, "", PLACEHOLDER_SECRET])
def test_production_refuses_a_missing_or_placeholder_password_salt(monkeypatch, salt):
    for key, value in PRODUCTION_ENVIRONMENT.items():
        monkeypatch.setenv(key, value)
    if salt is None:
        monkeypatch.delenv("SECURITY_PASSWORD_SALT", raising=False)
    else:
        monkeypatch.setenv("SECURITY_PASSWORD_SALT", salt)

    with pytest.raises(RuntimeError, match="SECURITY_PASSWORD_SALT"):
        ProductionConfig()
