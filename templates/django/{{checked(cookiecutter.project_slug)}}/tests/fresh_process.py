"""Django in a fresh interpreter: settings are read once per process, so checking how a
settings module reacts to its environment needs a new process with exactly the variables a test
gives it."""

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings

# A SECRET_KEY that production accepts.
GOOD_SECRET = secrets.token_urlsafe(50)

# Every variable the settings read; the processes start without them unless a test sets them.
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
    """Run ``code`` after ``django.setup()`` with ``config.settings.<module>``; the developer's
    ``.env`` is ignored."""
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
