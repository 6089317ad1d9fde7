"""Fixtures shared by the test suite."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, connection

from tests.factories import {% if cookiecutter.example_app %}PostFactory, {% endif %}UserFactory

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


@pytest.fixture(autouse=True)
def empty_cache():
    """Tests roll their database changes back; start each with an empty cache to match."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()


@pytest.fixture
def staff_user(db):
    return UserFactory(is_staff=True)
{%- if cookiecutter.example_app %}


@pytest.fixture
def post(user):
    return PostFactory(author=user)
{%- endif %}


@pytest.fixture
def failing_database():
    """Make every query on the default connection fail, as when the database is down."""

    def fail(execute, sql, params, many, context):
        raise OperationalError("the database is unavailable")

    with connection.execute_wrapper(fail):
        yield


@pytest.fixture
def run_django(tmp_path):
    """Run Python code after ``django.setup()`` in a fresh interpreter.

    Settings are read once per process, so checking how a settings module reacts to its
    environment needs a new process with exactly the variables a test gives it; the
    developer's ``.env`` is ignored.
    """

    def run(module, code="", **variables):
        environ = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
        environ.update(
            DJANGO_SETTINGS_MODULE=f"config.settings.{module}",
            DJANGO_ENV_FILE=os.devnull,
            DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
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

    return run
