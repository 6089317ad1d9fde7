{% set server_sql = cookiecutter.__database in ["postgresql", "mysql", "mariadb"] -%}
{% set mongo = cookiecutter.__database == "mongodb" -%}
{% set sql = cookiecutter.__database not in ["mongodb", "none"] -%}
"""Configuration selection and the production safety checks."""

import os
{%- if sql %}
import shutil
import tempfile
{%- endif %}
import unittest
{%- if sql %}
from pathlib import Path
{%- endif %}
from unittest import mock

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
{%- endif %}


class ConfigTests(unittest.TestCase):
    def setUp(self):
        # Every change a test makes to the environment is undone after it.
        self.enterContext(mock.patch.dict(os.environ))
        # Production needs ALLOWED_HOSTS (tests_unittest/test_hardening.py checks it).
        os.environ["ALLOWED_HOSTS"] = "example.com"
{%- if mongo %}
        # Production needs MONGODB_URI; these tests never connect to it.
        os.environ["MONGODB_URI"] = MONGODB_URI
{%- elif server_sql %}
        # Production needs DATABASE_URL; these tests never connect to it.
        os.environ["DATABASE_URL"] = "{{ cookiecutter.__database }}://app:secret@db.example/app"
{%- endif %}
{%- if cookiecutter.auth == "flask-security" %}
        # Production needs SECURITY_PASSWORD_SALT as well (tests/test_security.py checks it).
        os.environ["SECURITY_PASSWORD_SALT"] = GOOD_SECRET
{%- endif %}

    def test_app_env_selects_configuration(self):
        os.environ["SECRET_KEY"] = GOOD_SECRET
        for app_env, expected in [
            ("development", DevelopmentConfig),
            ("testing", TestingConfig),
            ("production", ProductionConfig),
        ]:
            with self.subTest(app_env=app_env):
                os.environ["APP_ENV"] = app_env

                self.assertIs(type(config_from_env()), expected)

    def test_production_is_the_default(self):
        os.environ.pop("APP_ENV", None)
        os.environ["SECRET_KEY"] = GOOD_SECRET

        self.assertIs(type(config_from_env()), ProductionConfig)

    def test_unknown_app_env_is_rejected(self):
        os.environ["APP_ENV"] = "staging"

        with self.assertRaisesRegex(RuntimeError, "APP_ENV is 'staging'"):
            config_from_env()

    def test_production_refuses_missing_or_placeholder_secret(self):
        for secret in [None, "", PLACEHOLDER_SECRET]:
            with self.subTest(secret=secret):
                if secret is None:
                    os.environ.pop("SECRET_KEY", None)
                else:
                    os.environ["SECRET_KEY"] = secret

                with self.assertRaisesRegex(RuntimeError, "SECRET_KEY"):
                    ProductionConfig()

    def test_production_accepts_a_real_secret(self):
        os.environ["APP_ENV"] = "production"
        os.environ["SECRET_KEY"] = GOOD_SECRET
{%- if sql %}
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        database_url = f"sqlite:///{folder / 'app.sqlite3'}"
        os.environ["DATABASE_URL"] = database_url
{%- endif %}

        app = create_app()

        self.assertEqual(app.config["SECRET_KEY"], GOOD_SECRET)
{%- if mongo %}
        self.assertEqual(app.config["MONGODB_URI"], MONGODB_URI)
{%- elif sql %}
        self.assertEqual(app.config["{{ cookiecutter.__database_key }}"], database_url)
{%- endif %}
        self.assertFalse(app.debug)
        self.assertFalse(app.testing)
        self.assertIs(app.config["SESSION_COOKIE_SECURE"], True)
        self.assertIs(app.config["SESSION_COOKIE_HTTPONLY"], True)
        self.assertEqual(app.config["SESSION_COOKIE_SAMESITE"], "Lax")
{%- if cookiecutter.orm != "none" and cookiecutter.auth != "flask-security" %}
        self.assertEqual(app.config["PASSWORD_HASH_METHOD"], "scrypt")
{%- endif %}

    def test_development_has_debug_and_a_fallback_secret(self):
        os.environ.pop("SECRET_KEY", None)
{%- if mongo or sql %}
        os.environ.pop("{{ "MONGODB_URI" if mongo else "DATABASE_URL" }}", None)
{%- endif %}

        config = DevelopmentConfig()

        self.assertIs(config.DEBUG, True)
        self.assertTrue(config.SECRET_KEY)
{%- if mongo %}
        self.assertTrue(config.MONGODB_URI.startswith("mongodb://localhost"))
{%- elif sql %}
        self.assertTrue(config.{{ cookiecutter.__database_key }}.startswith("sqlite:///"))
{%- endif %}
{%- if mongo or sql %}

    def test_testing_ignores_the_environment_database(self):
{%- if mongo %}
        os.environ["MONGODB_URI"] = "mongodb://example.invalid/production"

        self.assertTrue(TestingConfig().MONGODB_URI.endswith("_test"))
{%- else %}
        os.environ["DATABASE_URL"] = "postgresql://example.invalid/production"
{%- if server_sql %}
        os.environ.pop("TEST_DATABASE_URL", None)
{%- endif %}

        self.assertEqual(TestingConfig().{{ cookiecutter.__database_key }}, "sqlite://")
{%- endif %}
{%- endif %}
{%- if mongo %}

    def test_production_refuses_a_missing_mongodb_uri(self):
        os.environ["SECRET_KEY"] = GOOD_SECRET
        del os.environ["MONGODB_URI"]

        with self.assertRaisesRegex(RuntimeError, "MONGODB_URI"):
            ProductionConfig()
{%- endif %}
{%- if server_sql %}

    def test_production_refuses_a_missing_database_url(self):
        os.environ["SECRET_KEY"] = GOOD_SECRET
        del os.environ["DATABASE_URL"]

        with self.assertRaisesRegex(RuntimeError, "DATABASE_URL"):
            ProductionConfig()

    def test_database_url_gets_the_installed_driver(self):
        for url, expected in [
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
        ]:
            with self.subTest(url=url):
                self.assertEqual(with_driver(url), expected)
{%- endif %}
