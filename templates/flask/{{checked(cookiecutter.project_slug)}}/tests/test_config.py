{% set server_sql = cookiecutter.__database in ["postgresql", "mysql", "mariadb"] -%}
{% set mongo = cookiecutter.__database == "mongodb" -%}
{% set sql = cookiecutter.__database not in ["mongodb", "none"] -%}
"""Configuration selection and the production safety checks."""

import pytest

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import (
    PLACEHOLDER_SECRET,
    DevelopmentConfig,
    ProductionConfig,
    TestingConfig,
    config_from_env,
{%- if server_sql %}
    with_driver,
{%- endif %}
)

GOOD_SECRET = "a-long-random-value-that-is-not-the-placeholder-0123456789"
{%- if mongo %}
MONGODB_URI = "mongodb://db.example:27017/app"


@pytest.fixture(autouse=True)
def mongodb_uri(monkeypatch):
    """Production needs MONGODB_URI; these tests never connect to it."""
    monkeypatch.setenv("MONGODB_URI", MONGODB_URI)
{%- elif server_sql %}


@pytest.fixture(autouse=True)
def database_url(monkeypatch):
    """Production needs DATABASE_URL; these tests never connect to it."""
    monkeypatch.setenv("DATABASE_URL", "{{ cookiecutter.__database }}://app:secret@db.example/app")
{%- endif %}
{%- if cookiecutter.auth == "flask-security" %}


@pytest.fixture(autouse=True)
def password_salt(monkeypatch):
    """Production needs SECURITY_PASSWORD_SALT as well (tests/test_security.py checks it)."""
    monkeypatch.setenv("SECURITY_PASSWORD_SALT", GOOD_SECRET)
{%- endif %}


@pytest.fixture(autouse=True)
def allowed_hosts(monkeypatch):
    """Production needs ALLOWED_HOSTS (tests/test_hardening.py checks it)."""
    monkeypatch.setenv("ALLOWED_HOSTS", "example.com")


@pytest.mark.parametrize(
    ("app_env", "expected"),
    [
        ("development", DevelopmentConfig),
        ("testing", TestingConfig),
        ("production", ProductionConfig),
    ],
)
def test_app_env_selects_configuration(monkeypatch, app_env, expected):
    monkeypatch.setenv("APP_ENV", app_env)
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)

    assert type(config_from_env()) is expected


def test_production_is_the_default(monkeypatch):
    monkeypatch.delenv("APP_ENV", raising=False)
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)

    assert type(config_from_env()) is ProductionConfig


def test_unknown_app_env_is_rejected(monkeypatch):
    monkeypatch.setenv("APP_ENV", "staging")

    with pytest.raises(RuntimeError, match="APP_ENV is 'staging'"):
        config_from_env()


@pytest.mark.parametrize("secret", [None, "", PLACEHOLDER_SECRET])
def test_production_refuses_missing_or_placeholder_secret(monkeypatch, secret):
    if secret is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", secret)

    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        ProductionConfig()


def test_production_accepts_a_real_secret(monkeypatch{% if sql %}, tmp_path{% endif %}):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
{%- if sql %}
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.sqlite3'}")
{%- endif %}

    app = create_app()

    assert app.config["SECRET_KEY"] == GOOD_SECRET
{%- if mongo %}
    assert app.config["MONGODB_URI"] == MONGODB_URI
{%- elif sql %}
    assert app.config["{{ cookiecutter.__database_key }}"] == f"sqlite:///{tmp_path / 'app.sqlite3'}"
{%- endif %}
    assert not app.debug
    assert not app.testing
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
{%- if cookiecutter.orm != "none" and cookiecutter.auth != "flask-security" %}
    assert app.config["PASSWORD_HASH_METHOD"] == "scrypt"
{%- endif %}


def test_development_has_debug_and_a_fallback_secret(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
{%- if mongo or sql %}
    monkeypatch.delenv("{{ "MONGODB_URI" if mongo else "DATABASE_URL" }}", raising=False)
{%- endif %}

    config = DevelopmentConfig()

    assert config.DEBUG is True
    assert config.SECRET_KEY
{%- if mongo %}
    assert config.MONGODB_URI.startswith("mongodb://localhost")
{%- elif sql %}
    assert config.{{ cookiecutter.__database_key }}.startswith("sqlite:///")
{%- endif %}
{%- if mongo or sql %}


def test_testing_ignores_the_environment_database(monkeypatch):
{%- if mongo %}
    monkeypatch.setenv("MONGODB_URI", "mongodb://example.invalid/production")

    assert TestingConfig().MONGODB_URI.endswith("_test")
{%- else %}
    monkeypatch.setenv("DATABASE_URL", "postgresql://example.invalid/production")
{%- if server_sql %}
    monkeypatch.delenv("TEST_DATABASE_URL", raising=False)
{%- endif %}

    assert TestingConfig().{{ cookiecutter.__database_key }} == "sqlite://"
{%- endif %}
{%- endif %}
{%- if mongo %}


def test_production_refuses_a_missing_mongodb_uri(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.delenv("MONGODB_URI")

    with pytest.raises(RuntimeError, match="MONGODB_URI"):
        ProductionConfig()
{%- endif %}
{%- if server_sql %}


def test_production_refuses_a_missing_database_url(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.delenv("DATABASE_URL")

    with pytest.raises(RuntimeError, match="DATABASE_URL"):
        ProductionConfig()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
{%- if cookiecutter.orm in ["peewee", "pony"] and cookiecutter.__database == "postgresql" %}
        ("postgres://u:p@host/db", "postgresql://u:p@host/db"),
        ("postgresql://u:p@host/db", "postgresql://u:p@host/db"),
{%- elif cookiecutter.orm in ["peewee", "pony"] %}
        ("mariadb://u:p@host/db", "mysql://u:p@host/db"),
        ("mysql://u:p@host/db", "mysql://u:p@host/db"),
{%- elif cookiecutter.__database == "postgresql" %}
        ("postgres://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
        ("postgresql://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
        ("postgresql+psycopg://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
{%- elif cookiecutter.__database == "mysql" %}
        ("mysql://u:p@host/db", "mysql+pymysql://u:p@host/db"),
        ("mysql+pymysql://u:p@host/db", "mysql+pymysql://u:p@host/db"),
{%- else %}
        ("mariadb://u:p@host/db", "mariadb+pymysql://u:p@host/db"),
        ("mysql://u:p@host/db", "mariadb+pymysql://u:p@host/db"),
{%- endif %}
        ("sqlite:///app.sqlite3", "sqlite:///app.sqlite3"),
    ],
)
def test_database_url_gets_the_installed_driver(url, expected):
    assert with_driver(url) == expected
{%- endif %}
