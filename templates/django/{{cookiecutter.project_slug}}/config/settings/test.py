"""Settings for the test suite (selected in pyproject.toml for pytest)."""

from .base import *

SECRET_KEY = "test-only-secret-key-not-used-anywhere-else-0123456789"
DEBUG = False

# A deliberately weak hasher: creating users is then fast, and no test checks hash strength.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Find static files in the source tree, so tests need no collectstatic run beforehand.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
