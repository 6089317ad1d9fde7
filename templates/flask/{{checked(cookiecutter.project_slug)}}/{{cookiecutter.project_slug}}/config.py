{% set server_sql = cookiecutter.__database in ["postgresql", "mysql", "mariadb"] -%}
"""Configuration classes, one per environment, chosen by the ``APP_ENV`` environment variable.

Values that differ between deployments (secrets{% if cookiecutter.__database != "none" %}, the database{% endif %}) come from environment variables
and are read when a configuration is instantiated, not at import time. The ``flask`` command
also reads them from ``.env``; gunicorn does not, so production sets real variables.
"""

import os
{%- if cookiecutter.auth != "none" %}
import uuid
{%- endif %}
{%- if cookiecutter.__jwt %}
from datetime import timedelta
{%- endif %}
{%- if cookiecutter.__migrations == "flask-alembic" %}
from pathlib import Path
{%- endif %}

# The value .env.example ships with; production refuses to start with it.
PLACEHOLDER_SECRET = "change-me"
# Production refuses secrets shorter than this, or one of these placeholders (in any case).
MIN_SECRET_LENGTH = 32
PLACEHOLDERS = frozenset({PLACEHOLDER_SECRET, "changeme", "secret", "dev", "development", "test"})
{%- if cookiecutter.__migrations == "flask-alembic" %}

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
{%- endif %}
{%- if cookiecutter.__database == "mongodb" %}

DEFAULT_MONGODB_URI = "mongodb://localhost:27017/{{ cookiecutter.project_slug }}"
{%- elif cookiecutter.__database != "none" %}

# Relative SQLite paths are resolved inside the instance folder.
DEFAULT_DATABASE_URL = "sqlite:///{{ cookiecutter.project_slug }}.sqlite3"
{%- endif %}
{%- if cookiecutter.orm in ["peewee", "pony"] and cookiecutter.__database == "postgresql" %}

# The usual name for PostgreSQL; hosting platforms also hand out postgres://.
DRIVERS = {"postgres": "postgresql"}
{%- elif cookiecutter.orm in ["peewee", "pony"] and server_sql %}

# {{ cookiecutter.orm | capitalize }} talks to MySQL and MariaDB alike: one mysql:// scheme.
DRIVERS = {"mariadb": "mysql"}
{%- elif cookiecutter.__database == "postgresql" %}

# SQLAlchemy reads the driver from the URL; hosting platforms hand out the bare scheme.
DRIVERS = {"postgres": "postgresql+psycopg", "postgresql": "postgresql+psycopg"}
{%- elif cookiecutter.__database == "mysql" %}

# SQLAlchemy reads the driver from the URL; hosting platforms hand out the bare scheme.
DRIVERS = {"mysql": "mysql+pymysql"}
{%- elif cookiecutter.__database == "mariadb" %}

# SQLAlchemy reads the driver from the URL; hosting platforms hand out the bare scheme.
DRIVERS = {"mariadb": "mariadb+pymysql", "mysql": "mariadb+pymysql"}
{%- endif %}
{%- if cookiecutter.__cache == "redis" %}
DEFAULT_REDIS_URL = "redis://localhost:6379/0"
{%- endif %}


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

    {% if cookiecutter.orm == "sqlalchemy" -%}
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}

    {% endif -%}
    {% if cookiecutter.__migrations == "flask-alembic" -%}
    # Flask-Alembic: the revisions in migrations/versions/, found from any working directory.
    ALEMBIC = {
        "script_location": str(MIGRATIONS_DIR),
        "version_locations": [str(MIGRATIONS_DIR / "versions")],
    }
    # Batch mode lets Alembic alter tables on SQLite, which supports little of ALTER TABLE.
    ALEMBIC_CONTEXT = {"render_as_batch": True}

    {% endif -%}
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
{%- if cookiecutter.auth != "none" %}
    # Flask-Login's "remember me" cookie{% if cookiecutter.auth == "flask-security" %} (Flask-Security's too){% endif %}: attributes as the session's.
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
{%- endif %}
    # security.py: production turns on the HTTPS redirect and HSTS, and trusts its proxy.
    FORCE_HTTPS = False
    HSTS = False
    PROXY_COUNT = 0
{%- if cookiecutter.orm != "none" and cookiecutter.auth != "flask-security" %}

    # Werkzeug's password hashing (its default, scrypt); the tests use a cheaper one.
    PASSWORD_HASH_METHOD = "scrypt"
{%- endif %}
{%- if cookiecutter.auth != "none" and cookiecutter.__forms %}

    # The HTML blueprints check CSRF tokens themselves; the JSON API authenticates every request.
    WTF_CSRF_CHECK_DEFAULT = False
{%- endif %}
{%- if cookiecutter.auth == "flask-security" %}

    # Flask-Security-Too serves sign-up, login and logout at /accounts/, as blueprint "accounts".
    SECURITY_BLUEPRINT_NAME = "accounts"
    SECURITY_URL_PREFIX = "/accounts"
    SECURITY_REGISTERABLE = True
    SECURITY_REGISTER_URL = "/signup/"
    SECURITY_LOGIN_URL = "/login/"
    SECURITY_LOGOUT_URL = "/logout/"
    SECURITY_LOGOUT_METHODS = ["POST"]
    # Logging out needs the CSRF token too (by default a forged POST could log users out);
    # Flask-Security checks it only when WTF_CSRF_ENABLED is set, not merely defaulted.
    SECURITY_LOGOUT_CSRF = True
    WTF_CSRF_ENABLED = True
    # Users choose a username (posts show it) and log in with it or with their email.
    SECURITY_USERNAME_ENABLE = True
    SECURITY_USERNAME_REQUIRED = True
    SECURITY_USERNAME_MIN_LENGTH = 1
    SECURITY_USERNAME_MAX_LENGTH = 80  # the column's length
    SECURITY_PASSWORD_HASH = "argon2"
    # Roles come from the users' is_staff column (models/security.py): no roles table to join.
    SECURITY_JOIN_USER_ROLES = False
    # No mail server: nothing is mailed on sign-up, and emails are checked without DNS look-ups.
    SECURITY_SEND_REGISTER_EMAIL = False
    SECURITY_EMAIL_VALIDATOR_ARGS = {"check_deliverability": False}
{%- endif %}
{%- if cookiecutter.__cache == "simple" %}

    # Flask-Caching keeps the rendered feeds in each worker process's memory.
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 3600
{%- elif cookiecutter.__cache == "redis" %}

    # Flask-Caching keeps the rendered feeds in Redis, shared by every worker.
    CACHE_TYPE = "RedisCache"
    CACHE_KEY_PREFIX = "{{ cookiecutter.project_slug }}:"
    CACHE_DEFAULT_TIMEOUT = 3600
{%- endif %}
{%- if cookiecutter.__jwt %}

    # Short-lived access tokens; a refresh token gets new ones until it expires or is revoked.
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=30)
{%- endif %}
{%- if cookiecutter.__sitemap %}

    # Sitemap URLs take the request's scheme, not Flask-Sitemap's fixed "http".
    SITEMAP_URL_SCHEME = None
{%- endif %}

    def __init__(self) -> None:
        self.SECRET_KEY = os.environ.get("SECRET_KEY", "")
{%- if cookiecutter.auth == "flask-security" %}
        # Flask-Security keys its HMACs with it (argon2 hashes carry their own random salts).
        self.SECURITY_PASSWORD_SALT = os.environ.get("SECURITY_PASSWORD_SALT", "")
{%- endif %}
{%- if cookiecutter.__database == "sqlite" %}
        self.{{ cookiecutter.__database_key }} = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
{%- elif cookiecutter.__database == "mongodb" %}
        self.MONGODB_URI = os.environ.get("MONGODB_URI") or DEFAULT_MONGODB_URI
{%- elif server_sql %}
        url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
        self.{{ cookiecutter.__database_key }} = with_driver(url)
{%- endif %}
{%- if cookiecutter.__cache == "redis" %}
        self.CACHE_REDIS_URL = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
{%- endif %}
{%- if cookiecutter.auth != "none" %}
        # accounts/throttle.py: this many failed logins within the window lock the account, and
        # the client address, out until the window ends.
        self.LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT") or 5)
        self.LOGIN_FAILURE_WINDOW = int(os.environ.get("LOGIN_FAILURE_WINDOW") or 900)
{%- if cookiecutter.__cache == "redis" %}
        # Counted in Redis when REDIS_URL is set, else in LOGIN_FAILURE_DATABASE (SQLite).
        self.LOGIN_FAILURE_REDIS_URL = os.environ.get("REDIS_URL")
{%- endif %}
        # A SQLite URI; by default a file in the instance folder.
        self.LOGIN_FAILURE_DATABASE = os.environ.get("LOGIN_FAILURE_DATABASE")
{%- endif %}


class DevelopmentConfig(Config):
    """Local development: debug mode, and a fixed key when ``.env`` does not set one."""

    DEBUG = True

    def __init__(self) -> None:
        super().__init__()
        self.SECRET_KEY = self.SECRET_KEY or "development-secret-key-of-32-bytes"
{%- if cookiecutter.auth == "flask-security" %}
        self.SECURITY_PASSWORD_SALT = self.SECURITY_PASSWORD_SALT or "development-password-salt"
{%- endif %}


class TestingConfig(Config):
{%- if cookiecutter.__database == "sqlite" %}
    """The test suite: an in-memory database, whatever the environment says."""
{%- elif cookiecutter.__database == "mongodb" %}
    """The test suite: its own database (the tests run it on mongomock, in memory)."""
{%- elif cookiecutter.__database == "none" %}
    """The test suite."""
{%- else %}
    """The test suite: ``TEST_DATABASE_URL`` (a throwaway database), else in-memory SQLite."""
{%- endif %}
{%- if cookiecutter.test_runner == "pytest" %}

    __test__ = False  # a configuration, not a test class, despite the name pytest looks for
{%- endif %}

    TESTING = True

    def __init__(self) -> None:
        super().__init__()
        # Long enough for the HMAC keys derived from it (JWT signing warns below 32 bytes).
        self.SECRET_KEY = "testing-secret-key-of-at-least-32-bytes"
{%- if cookiecutter.orm != "none" and cookiecutter.auth != "flask-security" %}
        # One PBKDF2 round for the many passwords the tests hash; the others keep scrypt.
        self.PASSWORD_HASH_METHOD = "pbkdf2:sha256:1"
{%- endif %}
{%- if cookiecutter.auth == "flask-security" %}
        self.SECURITY_PASSWORD_SALT = "testing-password-salt"
        # Cheap argon2 for the many passwords the tests hash; the other configurations keep
        # passlib's defaults (64 MiB, 3 passes).
        self.SECURITY_PASSWORD_HASH_PASSLIB_OPTIONS = {
            "argon2__memory_cost": 8,
            "argon2__rounds": 1,
            "argon2__parallelism": 1,
        }
{%- endif %}
{%- if cookiecutter.__database == "sqlite" %}
        self.{{ cookiecutter.__database_key }} = "sqlite://"
{%- elif cookiecutter.__database == "mongodb" %}
        self.MONGODB_URI = "mongodb://localhost:27017/{{ cookiecutter.project_slug }}_test"
{%- elif server_sql %}
        url = os.environ.get("TEST_DATABASE_URL") or "sqlite://"
        self.{{ cookiecutter.__database_key }} = with_driver(url)
{%- endif %}
{%- if cookiecutter.auth != "none" %}
        # Failed logins counted in a private in-memory database, so tests do not lock each other.
{%- if cookiecutter.__cache == "redis" %}
        self.LOGIN_FAILURE_REDIS_URL = None
{%- endif %}
        name = f"login-failures-{uuid.uuid4().hex}"
        self.LOGIN_FAILURE_DATABASE = f"file:{name}?mode=memory&cache=shared"
{%- endif %}
{%- if cookiecutter.__cache == "redis" %}
        # The Redis that REDIS_URL names, or an in-process cache when there is none.
        if not os.environ.get("REDIS_URL"):
            self.CACHE_TYPE = "SimpleCache"
{%- endif %}


class ProductionConfig(Config):
    """Production: HTTPS only; refuses weak secrets, a missing ALLOWED_HOSTS{% if server_sql %} or DATABASE_URL{% elif cookiecutter.__database == "mongodb" %} or MONGODB_URI{% endif %}."""

    SESSION_COOKIE_SECURE = True
{%- if cookiecutter.auth != "none" %}
    REMEMBER_COOKIE_SECURE = True
{%- endif %}
    HSTS = True

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
        # Absolute URLs (feeds, sitemap) name this host, whichever allowed host was asked.
        self.SERVER_NAME = os.environ.get("SERVER_NAME") or self.TRUSTED_HOSTS[0].lstrip(".")
{%- if cookiecutter.__database == "mongodb" %}
        if not os.environ.get("MONGODB_URI"):
            raise ConfigError(
                "MONGODB_URI is missing: set it to the MongoDB database's URI, "
                "e.g. mongodb://user:password@host:27017/{{ cookiecutter.project_slug }}"
            )
{%- elif server_sql %}
        if not os.environ.get("DATABASE_URL"):
            raise ConfigError(
                "DATABASE_URL is missing: set it to the {{ {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}[cookiecutter.__database] }} database's URL, "
                "e.g. {{ cookiecutter.__database }}://user:password@host/{{ cookiecutter.project_slug }}"
            )
{%- endif %}
        require_secret("SECRET_KEY", self.SECRET_KEY)
{%- if cookiecutter.auth == "flask-security" %}
        require_secret("SECURITY_PASSWORD_SALT", self.SECURITY_PASSWORD_SALT)
{%- endif %}


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


{% if server_sql -%}
def with_driver(url: str) -> str:
    """``url`` with the scheme of the driver this project installs."""
    scheme, separator, rest = url.partition("://")
    return f"{DRIVERS.get(scheme, scheme)}{separator}{rest}"


{% endif -%}
def config_from_env() -> Config:
    """The configuration ``APP_ENV`` names; production when unset, so a bare server is safe."""
    name = os.environ.get("APP_ENV") or "production"
    if name not in CONFIGS:
        raise ConfigError(f"APP_ENV is {name!r}; expected one of: {', '.join(CONFIGS)}")
    return CONFIGS[name]()
