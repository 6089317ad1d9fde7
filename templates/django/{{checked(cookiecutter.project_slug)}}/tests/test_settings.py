"""The settings modules, each imported in a fresh process with a controlled environment."""

import secrets

from django.conf import settings
from django.test import SimpleTestCase

from .fresh_process import GOOD_SECRET, run_django


def example_secret_key():
    """The SECRET_KEY value that .env.example ships with."""
    for line in (settings.BASE_DIR / ".env.example").read_text().splitlines():
        key, _, value = line.partition("=")
        if key == "SECRET_KEY":
            return value
    raise AssertionError(".env.example has no SECRET_KEY line")


class ProductionSettingsTests(SimpleTestCase):
    def test_refuses_weak_secret_key(self):
        placeholders = [example_secret_key(), "CHANGEME", "Secret", "dev", "development", "test"]
        cases = [
            ({}, "SECRET_KEY is not set"),
            ({"SECRET_KEY": ""}, "SECRET_KEY is not set"),
            *[({"SECRET_KEY": value}, "placeholder") for value in placeholders],
            ({"SECRET_KEY": "x" * 31}, "shorter than 32"),
        ]
        for variables, message in cases:
            with self.subTest(message, **variables):
                result = run_django("production", **variables)

                self.assertNotEqual(result.returncode, 0)
                last_line = result.stderr.strip().splitlines()[-1]
                self.assertTrue(
                    last_line.startswith("django.core.exceptions.ImproperlyConfigured: SECRET_KEY ")
                )
                self.assertIn(message, last_line)

    def test_accepts_a_32_character_secret_key(self):
        result = run_django("production", SECRET_KEY=secrets.token_urlsafe(24))

        self.assertEqual(result.returncode, 0, result.stderr)

    def test_accepts_strong_secret_key(self):
        code = (
            "from django.conf import settings\nprint(settings.DEBUG, settings.SECURE_SSL_REDIRECT)"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET, DEBUG="true")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["False", "True"])

    def test_passes_deploy_checks(self):
        code = (
            "from django.core.management import call_command\n"
            "call_command('check', deploy=True, fail_level='WARNING')"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="127.0.0.1")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_cookies_are_secure_http_only_and_same_site(self):
        code = (
            "from django.conf import settings as s\n"
            "print(s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE,"
            " s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_SAMESITE)"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET)

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["True", "True", "Lax", "True", "Lax"])

    def test_sends_hsts_and_a_content_security_policy(self):
        code = (
            "from django.test import Client\n"
            "response = Client().get('/health', secure=True)\n"
            "print(response['Strict-Transport-Security'])\n"
            "print(response['Content-Security-Policy'])"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="testserver")

        self.assertEqual(result.returncode, 0, result.stderr)
        hsts, policy = result.stdout.splitlines()
        self.assertEqual(hsts, "max-age=60; includeSubDomains; preload")
        self.assertIn("default-src 'self'", policy)

    def test_refuses_unknown_hosts(self):
        code = (
            "from django.test import Client\n"
            "print(Client().get('/health', secure=True).status_code)"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="example.com")

        self.assertEqual(result.returncode, 0, result.stderr)
        # The refusal is logged first (to stdout in production), then the status is printed.
        self.assertEqual(result.stdout.splitlines()[-1], "400")

    def test_throttles_by_the_address_the_proxy_forwards(self):
        code = (
            "from axes.helpers import get_client_ip_address\n"
            "from django.test import RequestFactory\n"
            "forwarded = {'HTTP_X_FORWARDED_FOR': '198.51.100.1, 203.0.113.9'}\n"
            "print(get_client_ip_address(RequestFactory().get('/', **forwarded)))\n"
            "print(get_client_ip_address(RequestFactory().get('/')))"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET)

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["203.0.113.9", "127.0.0.1"])

    def test_redirects_to_https_except_health_check(self):
        code = (
            "from django.test import Client\n"
            "client = Client()\n"
            "print(client.get('/').status_code, client.get('/health').status_code)"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="testserver")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["301", "200"])


class LocalSettingsTests(SimpleTestCase):
    def test_run_without_configuration(self):
        code = "from django.conf import settings\nprint(settings.DEBUG, settings.INSTALLED_APPS[0])"

        result = run_django("local", code)

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["True", "whitenoise.runserver_nostatic"])

    def test_login_throttling_reads_its_limits_from_the_environment(self):
        code = (
            "from django.conf import settings\n"
            "print(settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds())"
        )

        result = run_django("local", code, LOGIN_FAILURE_LIMIT="3", LOGIN_LOCKOUT_MINUTES="2")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["3", "120.0"])
