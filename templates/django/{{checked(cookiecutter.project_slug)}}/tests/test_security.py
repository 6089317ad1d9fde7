"""What makes the site safe to deploy: login throttling, the session after logout, headers."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import F
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db
{%- if cookiecutter.username_type == "email" %}

LOGIN_FIELD = "email"
{%- else %}

LOGIN_FIELD = "username"
{%- endif %}


def attempt_login(identifier, password, address):
    """One login through the site's form, from its own client at ``address``."""
    client = Client(REMOTE_ADDR=address)
    return client, client.post(reverse("login"), {LOGIN_FIELD: identifier, "password": password})


def assert_locked_out(response):
    assert response.status_code == 429
    assert response["Retry-After"] == str(int(settings.AXES_COOLOFF_TIME.total_seconds()))


def test_failed_logins_lock_the_account_from_any_address(user):
    limit = settings.AXES_FAILURE_LIMIT
    for number in range(1, limit):
        _, response = attempt_login(user.get_username(), "wrong", f"198.51.100.{number}")
        assert response.status_code == 200
        assert response.context_data["form"].errors

    _, response = attempt_login(user.get_username(), "wrong", "198.51.100.99")
    assert_locked_out(response)
    client, response = attempt_login(user.get_username(), PASSWORD, "203.0.113.1")
    assert_locked_out(response)
    assert "Too many failed logins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_failed_logins_lock_the_address_for_every_account(user):
    for number in range(settings.AXES_FAILURE_LIMIT):
        identifier = f"nobody{number}@example.com"
        _, response = attempt_login(identifier, "wrong", "198.51.100.7")

    assert_locked_out(response)
    _, response = attempt_login(user.get_username(), PASSWORD, "198.51.100.7")
    assert_locked_out(response)
    client, response = attempt_login(user.get_username(), PASSWORD, "198.51.100.8")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_lockout_ends_once_the_lockout_time_has_passed(user):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _, response = attempt_login(user.get_username(), "wrong", "198.51.100.7")
    assert_locked_out(response)

    # The test settings count failures in the database: age them past LOGIN_LOCKOUT_MINUTES.
    age = settings.AXES_COOLOFF_TIME + timedelta(seconds=1)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - age)

    _, response = attempt_login(user.get_username(), PASSWORD, "198.51.100.7")
    assert response.status_code == 302


def test_admin_login_is_throttled_too(staff_user):
    data = {"username": staff_user.get_username(), "password": "wrong"}
    for number in range(settings.AXES_FAILURE_LIMIT):
        client = Client(REMOTE_ADDR=f"198.51.100.{number}")
        response = client.post(reverse("admin:login"), data)

    assert_locked_out(response)
    # Only that account: another one may still try.
    data = {"username": "someone-else@example.com", "password": "wrong"}
    response = Client(REMOTE_ADDR="203.0.113.1").post(reverse("admin:login"), data)
    assert response.status_code == 200


def test_logout_ends_the_session_on_the_server(client, user):
    client.force_login(user)
    copied = Client()
    copied.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME]
    assert copied.get(reverse("password_change")).status_code == 200

    client.post(reverse("logout"))

    response = copied.get(reverse("password_change"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_signup_shows_why_a_password_is_refused(client):
    data = {"email": "newcomer@example.com", "password1": "password", "password2": "password"}
{%- if cookiecutter.username_type == "username" %}
    data["username"] = "newcomer"
{%- endif %}

    response = client.post(reverse("signup"), data)

    assert response.status_code == 200
    assert "This password is too common." in response.context_data["form"].errors["password2"]
    assert "This password is too common." in response.content.decode()


@pytest.mark.parametrize("name", ["core:home", "login", "signup", "admin:login"])
def test_pages_carry_the_security_headers(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("name", ["core:home", "login", "signup"])
def test_pages_have_no_inline_script_or_style(client, name):
    """The policy forbids them: they would not run or apply in a browser."""
    html = client.get(reverse(name)).content.decode()

    assert "<script" not in html
    assert "<style" not in html
    assert "style=" not in html
