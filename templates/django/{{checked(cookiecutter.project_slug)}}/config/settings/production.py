"""Settings for production: refuse to start without a real secret key, harden HTTP.

``python manage.py check --deploy --fail-level WARNING`` passes with these settings.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .base import env

# Values that mark a secret never filled in (.env.example ships the first), compared ignoring case.
SECRET_KEY_PLACEHOLDERS = {"change-me", "changeme", "secret", "dev", "development", "test"}
SECRET_KEY_MIN_LENGTH = 32

DEBUG = False

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY is not set: production needs a long random secret.")
if SECRET_KEY.lower() in SECRET_KEY_PLACEHOLDERS:
    raise ImproperlyConfigured(
        f"SECRET_KEY is the placeholder {SECRET_KEY!r}: set a long random secret."
    )
if len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH:
    raise ImproperlyConfigured(
        f"SECRET_KEY is shorter than {SECRET_KEY_MIN_LENGTH} characters: generate one with "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

{% if cookiecutter.cache == "redis" -%}
if not REDIS_URL:
    raise ImproperlyConfigured("REDIS_URL is not set: production caches in Redis.")

{% elif cookiecutter.cache == "memcached" -%}
if not MEMCACHED_LOCATION:
    raise ImproperlyConfigured("MEMCACHED_LOCATION is not set: production caches in Memcached.")

{% endif -%}
{% if cookiecutter.django_version == "6.1" -%}
if not EMAIL_URL:
    raise ImproperlyConfigured("EMAIL_URL is not set: production sends mail through SMTP.")

{% endif -%}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed, content-hashed file names: safe to cache forever (run collectstatic first).
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The TLS proxy in front of {{ cookiecutter.server }} says which requests arrived over HTTPS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health$"]
# Start low: browsers remember HSTS for this long. Raise it to a year once HTTPS is proven.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Cookies travel over HTTPS only and not with requests started by other sites' pages. Page
# scripts cannot read the session cookie; the CSRF cookie is readable, as Django's docs advise.
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
# The same proxy appends the client's address to X-Forwarded-For: login throttling counts
# failures per address by it, not by the proxy's own address.
AXES_CLIENT_IP_CALLABLE = "{{ cookiecutter.project_slug }}.users.lockout.client_address"

# Log to stdout and let the process manager collect it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
