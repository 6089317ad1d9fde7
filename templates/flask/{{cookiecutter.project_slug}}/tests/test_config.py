"""Configuration selection and the production safety checks."""

import pytest

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import (
    PLACEHOLDER_SECRET,
    DevelopmentConfig,
    ProductionConfig,
    TestingConfig,
    config_from_env,
)

GOOD_SECRET = "a-long-random-value-that-is-not-the-placeholder-0123456789"


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


def test_production_accepts_a_real_secret(monkeypatch, tmp_path):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.sqlite3'}")

    app = create_app()

    assert app.config["SECRET_KEY"] == GOOD_SECRET
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'app.sqlite3'}"
    assert not app.debug
    assert not app.testing
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_development_has_debug_and_a_fallback_secret(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)

    config = DevelopmentConfig()

    assert config.DEBUG is True
    assert config.SECRET_KEY
    assert config.SQLALCHEMY_DATABASE_URI.startswith("sqlite:///")


def test_testing_ignores_the_environment_database(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://example.invalid/production")

    assert TestingConfig().SQLALCHEMY_DATABASE_URI == "sqlite://"
