"""Settings for the test suite (selected {{ "in pyproject.toml for pytest" if cookiecutter.test_runner == "pytest" else "by manage.py test" }})."""

from .base import *

SECRET_KEY = "test-only-secret-key-not-used-anywhere-else-0123456789"
DEBUG = False

# django-axes logs every failed login as a warning; the throttling tests fail logins on purpose.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "loggers": {"axes": {"level": "ERROR"}},
}

# A deliberately weak hasher: creating users is then fast, and no test checks hash strength.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Serve static files straight from the source tree, rescanned per request: tests then need no
# collectstatic run, and WhiteNoise does not warn about the missing STATIC_ROOT.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
{%- if cookiecutter.cache in ("redis", "memcached") %}

# Failed logins counted in the test database roll back with each test, as the cache would not.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
{%- endif %}
