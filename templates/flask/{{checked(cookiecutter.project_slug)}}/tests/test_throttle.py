"""Login throttling: failures lock the account, and the client address, out for a while."""
{%- set api = cookiecutter.__rest_api != "none" %}

import os
import time
import unittest
from unittest import mock

from {{ cookiecutter.project_slug }}.accounts import throttle
from {{ cookiecutter.project_slug }}.config import TestingConfig
from tests.base import PASSWORD, AppTestCase
{%- if api %}
from tests.helpers import basic
{%- endif %}

LIMIT = 5  # LOGIN_FAILURE_LIMIT's default
WINDOW = 900  # LOGIN_FAILURE_WINDOW's default, in seconds


class ConfigTests(unittest.TestCase):
    def test_limit_and_window_come_from_the_environment(self):
        with mock.patch.dict(os.environ, LOGIN_FAILURE_LIMIT="3", LOGIN_FAILURE_WINDOW="60"):
            config = TestingConfig()

        self.assertEqual((config.LOGIN_FAILURE_LIMIT, config.LOGIN_FAILURE_WINDOW), (3, 60))


class ThrottleTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.make_user("ada")

    def attempt(self, username: str, password: str, address: str):
        """A login through the form, from the client address ``address``."""
        data = {"username": username, "password": password, "csrf_token": self.csrf_token()}
        return self.client.post(
            "/accounts/login/", data=data, environ_base={"REMOTE_ADDR": address}
        )

    def assertLockedOut(self, response) -> None:
        self.assertEqual(response.status_code, 429)
        self.assertTrue(0 < int(response.headers["Retry-After"]) <= WINDOW)

    def test_failed_logins_lock_the_account_whatever_the_address(self):
        for number in range(LIMIT):
            response = self.attempt("ada", f"wrong-{number}", f"192.0.2.{number}")
            self.assertEqual(response.status_code, 200)

        # Locked even with the right password, from yet another address.
        self.assertLockedOut(self.attempt("ADA", PASSWORD, "192.0.2.99"))

    def test_failed_logins_lock_the_address_whatever_the_account(self):
        for number in range(LIMIT):
            response = self.attempt(f"nobody{number}", "wrong", "192.0.2.7")
            self.assertEqual(response.status_code, 200)

        self.assertLockedOut(self.attempt("ada", PASSWORD, "192.0.2.7"))
        # The account itself is not locked: from another address it logs in.
        self.assertEqual(self.attempt("ada", PASSWORD, "192.0.2.8").status_code, 302)

    def test_a_lockout_ends_with_its_window(self):
        for number in range(LIMIT):
            self.attempt("ada", "wrong", f"192.0.2.{number}")
        later = time.time() + WINDOW + 1

        with mock.patch.object(throttle.time, "time", return_value=later):
            response = self.attempt("ada", PASSWORD, "192.0.2.50")

        self.assertEqual(response.status_code, 302)

    def test_a_successful_login_forgets_the_accounts_failures(self):
        for number in range(LIMIT - 1):
            self.attempt("ada", "wrong", f"192.0.2.{number}")
        self.assertEqual(self.attempt("ada", PASSWORD, "192.0.2.60").status_code, 302)
        self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})

        response = self.attempt("ada", "wrong", "192.0.2.61")

        self.assertEqual(response.status_code, 200)
{%- if api %}

    def test_api_basic_auth_failures_lock_the_account(self):
        def write(secret: str, address: str):
            return self.client.post(
                "/api/posts/",
                json={"title": "T", "body": "B"},
                headers=basic("ada", secret),
                environ_base={"REMOTE_ADDR": address},
            )

        for number in range(LIMIT):
            self.assertEqual(write(f"wrong-{number}", f"192.0.2.{number}").status_code, 401)

        self.assertLockedOut(write(PASSWORD, "192.0.2.99"))
{%- endif %}
{%- if cookiecutter.__jwt %}

    def test_token_endpoint_failures_lock_the_account(self):
        def obtain(secret: str, address: str):
            payload = {"username": "ada", "password": secret}
            return self.client.post(
                "/api/token/", json=payload, environ_base={"REMOTE_ADDR": address}
            )

        for number in range(LIMIT):
            self.assertEqual(obtain(f"wrong-{number}", f"192.0.2.{number}").status_code, 401)

        self.assertLockedOut(obtain(PASSWORD, "192.0.2.99"))
{%- endif %}
