{% set accounts = cookiecutter.auth != "none" -%}
{% set security = cookiecutter.auth == "flask-security" -%}
{% set database = cookiecutter.__database if cookiecutter.__database in ["sqlite", "mongodb", "none"] else "server" -%}
{#- The settings each chosen feature brings, from variants/config/<part>/<feature>.py. -#}
{% set features = [
    ("sqlalchemy", cookiecutter.orm == "sqlalchemy"),
    ("flask-alembic", cookiecutter.__migrations == "flask-alembic"),
    ("flask-security", security),
    ("database-" ~ database, database != "none"),
    ("cache-" ~ cookiecutter.__cache, cookiecutter.__cache != "none"),
    ("accounts", accounts),
    ("werkzeug-passwords", cookiecutter.orm != "none" and not security),
    ("flask-wtf", accounts and cookiecutter.__forms),
    ("jwt", cookiecutter.__jwt),
    ("sitemap", cookiecutter.__sitemap),
] | selectattr("1") | map(attribute="0") | list -%}
{% set imports = [
    ("import uuid", accounts),
    ("from datetime import timedelta", cookiecutter.__jwt),
    ("from pathlib import Path", cookiecutter.__migrations == "flask-alembic"),
] | selectattr("1") | map(attribute="0") | list -%}
{% set testing_database = {
    "sqlite": "an in-memory database, whatever the environment says",
    "mongodb": "its own database" ~ (" (the tests run it on mongomock, in memory)" if cookiecutter.orm == "mongoengine" else ""),
    "server": "``TEST_DATABASE_URL`` (a throwaway database), else in-memory SQLite",
}.get(database) -%}
{% set production_database = {"server": " or DATABASE_URL", "mongodb": " or MONGODB_URI"}.get(database, "") -%}
"""Configuration classes, one per environment, chosen by the ``APP_ENV`` environment variable.

Values that differ between deployments (secrets{{ ", the database" if database != "none" }}) come from environment variables
and are read when a configuration is instantiated, not at import time. The ``flask`` command
also reads them from ``.env``; gunicorn does not, so production sets real variables.
"""

import os
{% for line in imports -%}
{{ line }}
{% endfor %}
# The value .env.example ships with; production refuses to start with it.
PLACEHOLDER_SECRET = "change-me"
# Production refuses secrets shorter than this, or one of these placeholders (in any case).
MIN_SECRET_LENGTH = 32
PLACEHOLDERS = frozenset({PLACEHOLDER_SECRET, "changeme", "secret", "dev", "development", "test"})
{% for name in features %}{% include "variants/config/constants/" ~ name ~ ".py" ignore missing %}{% endfor %}

class ConfigError(RuntimeError):
    """A setting production cannot start with; ``create_app`` exits with its one-line message."""


def require_secret(name: str, value: str) -> None:
    """Refuse a missing, short or placeholder secret: a guessable key lets anyone forge sessions."""
    if len(value) < MIN_SECRET_LENGTH or value.lower() in PLACEHOLDERS:
        raise ConfigError(
            f"{name} is missing, shorter than {MIN_SECRET_LENGTH} characters or a placeholder: "
            f"set the {name} environment variable to a long random value, e.g. "
            'python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )


class Config:
    """Settings shared by every environment."""

    PROJECT_NAME = {{ cookiecutter.project_name | python_string }}
    PROJECT_DESCRIPTION = {{ cookiecutter.description | python_string }}

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # security.py: production turns on the HTTPS redirect and HSTS, and trusts its proxy.
    FORCE_HTTPS = False
    HSTS = False
    PROXY_COUNT = 0
{% for name in features %}{% include "variants/config/settings/" ~ name ~ ".py" ignore missing %}{% endfor %}
    def __init__(self) -> None:
        self.SECRET_KEY = os.environ.get("SECRET_KEY", "")
{% for name in features %}{% include "variants/config/init/" ~ name ~ ".py" ignore missing %}{% endfor %}

class DevelopmentConfig(Config):
    """Local development: debug mode, and a fixed key when ``.env`` does not set one."""

    DEBUG = True

    def __init__(self) -> None:
        super().__init__()
        self.SECRET_KEY = self.SECRET_KEY or "development-secret-key-of-32-bytes"
{% for name in features %}{% include "variants/config/development/" ~ name ~ ".py" ignore missing %}{% endfor %}

class TestingConfig(Config):
    """The test suite{{ ": " ~ testing_database if testing_database }}."""
{%- if cookiecutter.test_runner == "pytest" %}

    __test__ = False  # a configuration, not a test class, despite the name pytest looks for
{%- endif %}

    TESTING = True

    def __init__(self) -> None:
        super().__init__()
        # Long enough for the HMAC keys derived from it (32 bytes at least).
        self.SECRET_KEY = "testing-secret-key-of-at-least-32-bytes"
{% for name in features %}{% include "variants/config/testing/" ~ name ~ ".py" ignore missing %}{% endfor %}

class ProductionConfig(Config):
    """Production: HTTPS only; refuses weak secrets, a missing ALLOWED_HOSTS{{ production_database }}."""

    SESSION_COOKIE_SECURE = True
    HSTS = True
{% for name in features %}{% include "variants/config/production-settings/" ~ name ~ ".py" ignore missing %}{% endfor %}
    def __init__(self) -> None:
        super().__init__()
        # Plain HTTP on loopback (a smoke test, a local try) needs SECURE_SSL_REDIRECT=false.
        self.FORCE_HTTPS = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
        # How many proxies (load balancer, TLS terminator) pass X-Forwarded-* headers on.
        self.PROXY_COUNT = int(os.environ.get("PROXY_COUNT") or 1)
        # Requests for any other host are refused (400), so no URL is built from a forged Host.
        self.TRUSTED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").replace(",", " ").split()
        if not self.TRUSTED_HOSTS:
            raise ConfigError(
                "ALLOWED_HOSTS is missing: set it to the site's host names, comma-separated, "
                "e.g. example.com,www.example.com"
            )
        # Absolute URLs name this host, whichever allowed host was asked.
        self.SERVER_NAME = os.environ.get("SERVER_NAME") or self.TRUSTED_HOSTS[0].lstrip(".")
        require_secret("SECRET_KEY", self.SECRET_KEY)
{% for name in features %}{% include "variants/config/production/" ~ name ~ ".py" ignore missing %}{% endfor %}

CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


{% for name in features %}{% include "variants/config/functions/" ~ name ~ ".py" ignore missing %}{% endfor -%}
def config_from_env() -> Config:
    """The configuration ``APP_ENV`` names; production when unset, so a bare server is safe."""
    name = os.environ.get("APP_ENV") or "production"
    if name not in CONFIGS:
        raise ConfigError(f"APP_ENV is {name!r}; expected one of: {', '.join(CONFIGS)}")
    return CONFIGS[name]()
