"""Signing up, logging in and out, changing and resetting passwords."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "another-long-passphrase-42"
{%- if cookiecutter.username_type == "email" %}
LOGIN_FIELD = "email"
{%- else %}
LOGIN_FIELD = "username"
{%- endif %}


def signup_data(**overrides):
{%- if cookiecutter.username_type == "email" %}
    data = {"email": "newcomer@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
{%- else %}
    data = {
        "username": "newcomer",
        "email": "newcomer@example.com",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
{%- endif %}
    return data | overrides


def login_data(user, password=PASSWORD):
    return {LOGIN_FIELD: user.get_username(), "password": password}


def test_signup_page_has_the_account_fields(client):
    response = client.get(reverse("signup"))

    assert response.status_code == 200
    assert set(response.context_data["form"].fields) == set(signup_data())


def test_signup_creates_the_user_and_logs_them_in(client):
    response = client.post(reverse("signup"), signup_data())

    assert response.status_code == 302
    user = get_user_model().objects.get(email="newcomer@example.com")
    assert user.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_rejects_mismatched_passwords(client):
    response = client.post(reverse("signup"), signup_data(password2="something-else-entirely"))

    assert response.status_code == 200
    assert response.context_data["form"].errors["password2"]
    assert not get_user_model().objects.exists()


def test_signup_requires_an_email(client):
    response = client.post(reverse("signup"), signup_data(email=""))

    assert response.status_code == 200
    assert "email" in response.context_data["form"].errors


def test_login_form_names_its_fields(client):
    response = client.get(reverse("login"))

    assert response.status_code == 200
    assert set(response.context_data["form"].fields) == {LOGIN_FIELD, "password"}


def test_login_redirects_to_next(client, user):
    response = client.post(f"{reverse('login')}?next=/accounts/password_change/", login_data(user))

    assert response.status_code == 302
    assert response.url == "/accounts/password_change/"


def test_login_rejects_a_wrong_password(client, user):
    response = client.post(reverse("login"), login_data(user, password="wrong-password"))

    assert response.status_code == 200
    assert response.context_data["form"].errors
    assert "_auth_user_id" not in client.session
{%- if cookiecutter.username_type == "email" %}


def test_login_refuses_inactive_users(client, user):
    user.is_active = False
    user.save()

    response = client.post(reverse("login"), login_data(user))

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
{%- endif %}


def test_logout_needs_a_post(client, user):
    client.force_login(user)

    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_pages_offer_a_logout_form_to_logged_in_users(client, user):
    client.force_login(user)

    response = client.get(reverse("core:home"))

    assert f'action="{reverse("logout")}"' in response.content.decode()


def test_password_change(client, user):
    client.force_login(user)
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}

    response = client.post(reverse("password_change"), data)

    assert response.status_code == 302
    assert response.url == reverse("password_change_done")
    assert client.get(response.url).status_code == 200
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_reset_mails_a_working_link(client, user):
    response = client.post(reverse("password_reset"), {"email": user.email})

    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.context_data["validlink"]
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_reset_link_with_a_bad_token_is_refused(client, user):
    response = client.get(reverse("password_reset_confirm", args=["MQ", "bad-token"]))

    assert response.status_code == 200
    assert not response.context_data["validlink"]


@pytest.mark.parametrize("name", ["login", "signup"])
def test_forms_without_csrf_token_are_rejected(name, user):
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse(name), login_data(user) if name == "login" else signup_data())

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert get_user_model().objects.count() == 1
