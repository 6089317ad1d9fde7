"""The settings modules, each imported in a fresh process with a controlled environment, and
the WSGI and ASGI entry points."""

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.wsgi import WSGIHandler
from django.test import SimpleTestCase

GOOD_SECRET = secrets.token_urlsafe(50)

# Every variable the settings read; subprocesses start without them unless a test sets them.
SETTINGS_VARIABLES = (
    "ADMIN_URL",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "DEBUG",
    "DEFAULT_FROM_EMAIL",
    "DJANGO_ENV_FILE",
    "DJANGO_SETTINGS_MODULE",
    "EMAIL_URL",
    "LOG_LEVEL",
    "LOGIN_FAILURE_LIMIT",
    "LOGIN_LOCKOUT_MINUTES",
{%- if cookiecutter.cache == "memcached" %}
    "MEMCACHED_LOCATION",
{%- elif cookiecutter.cache == "redis" %}
    "REDIS_URL",
{%- endif %}
    "SECRET_KEY",
    "SECURE_HSTS_SECONDS",
    "SECURE_SSL_REDIRECT",
)


def run_django(module, code="", **variables):
    """Run Python code after ``django.setup()`` in a fresh interpreter.

    Settings are read once per process, so checking how a settings module reacts to its
    environment needs a new process with exactly the variables a test gives it; the developer's
    ``.env`` is ignored.
    """
    with tempfile.TemporaryDirectory() as data_dir:
        environ = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
        environ.update(
            DJANGO_SETTINGS_MODULE=f"config.settings.{module}",
            DJANGO_ENV_FILE=os.devnull,
            DATABASE_URL=f"sqlite:///{Path(data_dir) / 'db.sqlite3'}",
{%- if cookiecutter.cache == "redis" %}
            # Production requires one; these processes never reach the cache.
            REDIS_URL="redis://127.0.0.1:6379/0",
{%- elif cookiecutter.cache == "memcached" %}
            # Production requires one; these processes never reach the cache.
            MEMCACHED_LOCATION="127.0.0.1:11211",
{%- endif %}
{%- if cookiecutter.django_version == "6.1" %}
            # Production requires a mail server; these processes send no mail.
            EMAIL_URL="smtp://127.0.0.1:25",
{%- endif %}
        )
        environ.update(variables)
        return subprocess.run(
            [sys.executable, "-c", f"import django\ndjango.setup()\n{code}"],
            cwd=settings.BASE_DIR,
            env=environ,
            capture_output=True,
            text=True,
            timeout=120,
        )


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

    def test_redirects_to_https_except_health_check(self):
        code = (
            "from django.test import Client\n"
            "client = Client()\n"
            "print(client.get('/').status_code, client.get('/health').status_code)"
        )

        result = run_django("production", code, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="testserver")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["301", "200"])
{%- if cookiecutter.cache == "redis" %}

    def test_requires_redis(self):
        result = run_django("production", SECRET_KEY=GOOD_SECRET, REDIS_URL="")

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("REDIS_URL is not set", result.stderr)
{%- elif cookiecutter.cache == "memcached" %}

    def test_requires_memcached(self):
        result = run_django("production", SECRET_KEY=GOOD_SECRET, MEMCACHED_LOCATION="")

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("MEMCACHED_LOCATION is not set", result.stderr)
{%- endif %}
{%- if cookiecutter.django_version == "6.1" %}

    def test_requires_a_mail_server(self):
        result = run_django("production", SECRET_KEY=GOOD_SECRET, EMAIL_URL="")

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("EMAIL_URL is not set", result.stderr)
{%- endif %}


class LocalSettingsTests(SimpleTestCase):
    def test_login_throttling_reads_its_limits_from_the_environment(self):
        code = (
            "from django.conf import settings\n"
            "print(settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds())"
        )

        result = run_django("local", code, LOGIN_FAILURE_LIMIT="3", LOGIN_LOCKOUT_MINUTES="2")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["3", "120.0"])

    def test_run_without_configuration(self):
        code = "from django.conf import settings\nprint(settings.DEBUG, settings.INSTALLED_APPS[0])"

        result = run_django("local", code)

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["True", "whitenoise.runserver_nostatic"])
{%- if cookiecutter.cache == "redis" %}

    def test_cache_backend_follows_redis_url(self):
        code = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"
        for url, backend in [("", "LocMemCache"), ("redis://127.0.0.1:6379/0", "RedisCache")]:
            with self.subTest(url=url):
                result = run_django("local", code, REDIS_URL=url)

                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(result.stdout.strip().endswith(backend))
{%- elif cookiecutter.cache == "memcached" %}

    def test_cache_backend_follows_memcached_location(self):
        code = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"
        for location, backend in [("", "LocMemCache"), ("127.0.0.1:11211", "PyMemcacheCache")]:
            with self.subTest(location=location):
                result = run_django("local", code, MEMCACHED_LOCATION=location)

                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(result.stdout.strip().endswith(backend))
{%- endif %}
{%- if cookiecutter.django_version == "6.1" %}

    def test_mail_goes_to_the_console_without_a_mail_server(self):
        code = "from django.conf import settings\nprint(settings.MAILERS['default']['BACKEND'])"

        result = run_django("local", code, EMAIL_URL="")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "django.core.mail.backends.console.EmailBackend")

    def test_mail_server_comes_from_email_url(self):
        code = "from django.conf import settings\nprint(settings.MAILERS['default']['OPTIONS'])"

        result = run_django("local", code, EMAIL_URL="smtp+tls://user:secret@mail.example.com:587")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("'host': 'mail.example.com'", result.stdout)
        self.assertIn("'port': 587", result.stdout)
        self.assertIn("'use_tls': True", result.stdout)
{%- endif %}


class EntryPointTests(SimpleTestCase):
    def test_wsgi_application_is_importable(self):
        from config.wsgi import application

        self.assertIsInstance(application, WSGIHandler)

    def test_asgi_application_is_importable(self):
        from config.asgi import application

        self.assertIsInstance(application, ASGIHandler)
