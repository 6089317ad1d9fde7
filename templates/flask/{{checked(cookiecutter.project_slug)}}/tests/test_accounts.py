"""Signing up, logging in and out."""

import pytest

from {{ cookiecutter.project_slug }}.posts import store

SIGNUP = {
    "username": "linus",
    "email": "linus@example.com",
    "password1": "a long enough password",
    "password2": "a long enough password",
}


def logged_in(client) -> bool:
    return "Log out" in client.get("/").get_data(as_text=True)


@pytest.mark.usefixtures("app")
def test_signup_form_has_the_expected_fields(client):
    page = client.get("/accounts/signup/").get_data(as_text=True)

    for field in ("username", "email", "password1", "password2", "csrf_token"):
        assert f'name="{field}"' in page


@pytest.mark.usefixtures("app")
def test_signup_creates_the_user_and_logs_them_in(client, csrf_token):
    response = client.post("/accounts/signup/", data=SIGNUP | {"csrf_token": csrf_token()})

    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert store.check_credentials("linus", SIGNUP["password1"]) is not None
    assert logged_in(client)


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("short", "too short"),
        ("password", "too common"),
        ("12345678", "too common"),
        ("QwertyUIOP", "too common"),
    ],
)
def test_signup_refuses_weak_passwords_next_to_the_field(client, csrf_token, weak, reason):
    data = SIGNUP | {"password1": weak, "password2": weak, "csrf_token": csrf_token()}

    response = client.post("/accounts/signup/", data=data)

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    # Shown between the password field and the next one.
    assert page.index('name="password1"') < page.index(reason) < page.index('name="password2"')
    assert store.find_user("linus") is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"username": "ada"}, "username"),
        ({"username": "bad name!"}, "username"),
        ({"email": "ADA@example.com"}, "email"),
        ({"email": "not-an-email"}, "email"),
        ({"password1": "short", "password2": "short"}, "password1"),
        ({"password2": "something else"}, "password2"),
    ],
)
@pytest.mark.usefixtures("user")
def test_invalid_signup_shows_errors_and_creates_nobody(client, csrf_token, changes, field):
    data = SIGNUP | changes | {"csrf_token": csrf_token()}

    response = client.post("/accounts/signup/", data=data)

    assert response.status_code == 200
    assert 'class="error"' in response.get_data(as_text=True)
    assert store.find_user("linus") is None
    assert not logged_in(client)


@pytest.mark.usefixtures("app")
def test_signup_without_csrf_token_is_rejected(client):
    response = client.post("/accounts/signup/", data=SIGNUP)

    assert response.status_code == 400
    assert store.find_user("linus") is None


@pytest.mark.parametrize("identifier", ["ada", "ada@example.com"])
@pytest.mark.usefixtures("user")
def test_login_with_username_or_email(client, csrf_token, password, identifier):
    data = {"username": identifier, "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", data=data)

    assert response.status_code == 302
    assert logged_in(client)


@pytest.mark.parametrize(
    ("target", "expected"),
    [("/posts/new/", "/posts/new/"), ("//evil.example/", "/"), ("https://evil.example/", "/")],
)
@pytest.mark.usefixtures("user")
def test_login_returns_to_next_only_on_this_site(client, csrf_token, password, target, expected):
    data = {"username": "ada", "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", query_string={"next": target}, data=data)

    assert response.headers["Location"] == expected


@pytest.mark.parametrize("password", ["wrong", ""])
@pytest.mark.usefixtures("user")
def test_wrong_password_is_refused(client, csrf_token, password):
    data = {"username": "ada", "password": password, "csrf_token": csrf_token()}

    response = client.post("/accounts/login/", data=data)

    assert response.status_code == 200
    assert not logged_in(client)


@pytest.mark.usefixtures("user")
def test_logout_needs_post_and_the_csrf_token(client, login, csrf_token):
    login("ada")

    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 400
    assert logged_in(client)

    response = client.post("/accounts/logout/", data={"csrf_token": csrf_token()})

    assert response.status_code == 302
    assert not logged_in(client)
