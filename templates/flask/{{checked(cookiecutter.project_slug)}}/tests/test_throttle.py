"""Login throttling: failures lock the account, and the client address, out for a while."""
{%- set api = cookiecutter.__rest_api != "none" %}

{% if api -%}
import base64
{% endif -%}
{% if cookiecutter.__cache == "redis" -%}
import os
{% endif -%}
import time
{%- if cookiecutter.__cache == "redis" %}
import uuid
{%- endif %}

import pytest

from {{ cookiecutter.project_slug }}.accounts import throttle
from {{ cookiecutter.project_slug }}.config import TestingConfig

LIMIT = 5  # LOGIN_FAILURE_LIMIT's default
WINDOW = 900  # LOGIN_FAILURE_WINDOW's default, in seconds


def attempt(client, csrf_token, username: str, password: str, address: str):
    """A login through the form, from the client address ``address``."""
    data = {"username": username, "password": password, "csrf_token": csrf_token()}
    return client.post("/accounts/login/", data=data, environ_base={"REMOTE_ADDR": address})


def assert_locked_out(response) -> None:
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= WINDOW


def test_limit_and_window_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("LOGIN_FAILURE_LIMIT", "3")
    monkeypatch.setenv("LOGIN_FAILURE_WINDOW", "60")

    config = TestingConfig()

    assert (config.LOGIN_FAILURE_LIMIT, config.LOGIN_FAILURE_WINDOW) == (3, 60)


@pytest.mark.usefixtures("user")
def test_failed_logins_lock_the_account_whatever_the_address(client, csrf_token, password):
    for number in range(LIMIT):
        response = attempt(client, csrf_token, "ada", f"wrong-{number}", f"192.0.2.{number}")
        assert response.status_code == 200

    # Locked even with the right password, from yet another address.
    assert_locked_out(attempt(client, csrf_token, "ADA", password, "192.0.2.99"))


@pytest.mark.usefixtures("user")
def test_failed_logins_lock_the_address_whatever_the_account(client, csrf_token, password):
    for number in range(LIMIT):
        response = attempt(client, csrf_token, f"nobody{number}", "wrong", "192.0.2.7")
        assert response.status_code == 200

    assert_locked_out(attempt(client, csrf_token, "ada", password, "192.0.2.7"))
    # The account itself is not locked: from another address it logs in.
    assert attempt(client, csrf_token, "ada", password, "192.0.2.8").status_code == 302


@pytest.mark.usefixtures("user")
def test_a_lockout_ends_with_its_window(client, csrf_token, password, monkeypatch):
    for number in range(LIMIT):
        attempt(client, csrf_token, "ada", "wrong", f"192.0.2.{number}")
    later = time.time() + WINDOW + 1
    monkeypatch.setattr(throttle.time, "time", lambda: later)

    assert attempt(client, csrf_token, "ada", password, "192.0.2.50").status_code == 302


@pytest.mark.usefixtures("user")
def test_a_successful_login_forgets_the_accounts_failures(client, csrf_token, password):
    for number in range(LIMIT - 1):
        attempt(client, csrf_token, "ada", "wrong", f"192.0.2.{number}")
    assert attempt(client, csrf_token, "ada", password, "192.0.2.60").status_code == 302
    client.post("/accounts/logout/", data={"csrf_token": csrf_token()})

    response = attempt(client, csrf_token, "ada", "wrong", "192.0.2.61")

    assert response.status_code == 200
{%- if api %}


def basic(username: str, password: str) -> dict:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.mark.usefixtures("user")
def test_api_basic_auth_failures_lock_the_account(client, password):
    def write(secret: str, address: str):
        return client.post(
            "/api/posts/",
            json={"title": "T", "body": "B"},
            headers=basic("ada", secret),
            environ_base={"REMOTE_ADDR": address},
        )

    for number in range(LIMIT):
        assert write(f"wrong-{number}", f"192.0.2.{number}").status_code == 401

    assert_locked_out(write(password, "192.0.2.99"))
{%- endif %}
{%- if cookiecutter.__jwt %}


@pytest.mark.usefixtures("user")
def test_token_endpoint_failures_lock_the_account(client, password):
    def obtain(secret: str, address: str):
        payload = {"username": "ada", "password": secret}
        return client.post("/api/token/", json=payload, environ_base={"REMOTE_ADDR": address})

    for number in range(LIMIT):
        assert obtain(f"wrong-{number}", f"192.0.2.{number}").status_code == 401

    assert_locked_out(obtain(password, "192.0.2.99"))
{%- endif %}
{%- if cookiecutter.__cache == "redis" %}


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL names no Redis")
def test_redis_counts_failures_until_its_window_ends():
    failures = throttle.RedisFailures(os.environ["REDIS_URL"])
    key = f"test:{uuid.uuid4().hex}"

    failures.add(key, 60)
    failures.add(key, 60)

    count, wait = failures.status(key)
    assert count == 2
    assert 0 < wait <= 60
    failures.clear(key)
    assert failures.status(key) == (0, 0)
{%- endif %}
