"""Contract: signup, login honouring ``next``, logout by POST, CSRF enforced on every form."""

import pytest

from tests.contract.actions import REDIRECT, any_csrf_form_fields, login, served, signup

pytestmark = pytest.mark.smoke


def test_signup_logs_the_new_user_in(site):
    if not served(site, "accounts"):
        return
    client, _ = signup(site)
    if site.has("posts"):
        assert client.get("/posts/new/").status == 200


def test_login_redirects_to_next(site):
    if not served(site, "accounts"):
        return
    _, credentials = signup(site)
    _, response = login(site, credentials, next_path="/posts/")
    assert response.status in REDIRECT
    assert response.location.endswith("/posts/")


def test_login_with_a_wrong_password_fails(site):
    if not served(site, "accounts"):
        return
    _, credentials = signup(site)
    wrong = type(credentials)(credentials.username, credentials.email, "wrong-password-1")
    _, response = login(site, wrong)
    assert response.status not in REDIRECT


def test_logout_is_a_post_and_ends_the_session(site):
    if not served(site, "accounts"):
        return
    client, _ = signup(site)
    page = client.get("/")
    response = client.post("/accounts/logout/", data=any_csrf_form_fields(page))
    assert response.status in REDIRECT
    if site.has("posts"):
        assert client.get("/posts/new/").status in REDIRECT


def test_a_form_post_without_its_csrf_token_is_rejected(site):
    if not served(site, "accounts"):
        return
    client = site.client()
    client.get("/accounts/login/")
    response = client.post(
        "/accounts/login/", data={"username": "nobody", "email": "x@example.com", "password": "x"}
    )
    assert response.status in (400, 403)
