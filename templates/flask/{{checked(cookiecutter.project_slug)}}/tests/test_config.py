"""Configuration selection and the production safety checks."""

import os

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import (
    PLACEHOLDER_SECRET,
    DevelopmentConfig,
    ProductionConfig,
    TestingConfig,
    config_from_env,
)
from tests.base import GOOD_SECRET, ProductionTestCase


class ConfigTests(ProductionTestCase):
    def test_app_env_selects_configuration(self):
        for app_env, expected in [
            ("development", DevelopmentConfig),
            ("testing", TestingConfig),
            ("production", ProductionConfig),
        ]:
            with self.subTest(app_env=app_env):
                os.environ["APP_ENV"] = app_env

                self.assertIs(type(config_from_env()), expected)

    def test_production_is_the_default(self):
        del os.environ["APP_ENV"]

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
        app = create_app()

        self.assertEqual(app.config["SECRET_KEY"], GOOD_SECRET)
        self.assertFalse(app.debug)
        self.assertFalse(app.testing)
        self.assertIs(app.config["SESSION_COOKIE_SECURE"], True)
        self.assertIs(app.config["SESSION_COOKIE_HTTPONLY"], True)
        self.assertEqual(app.config["SESSION_COOKIE_SAMESITE"], "Lax")
{%- if cookiecutter.orm != "none" and cookiecutter.auth != "flask-security" %}
        self.assertEqual(app.config["PASSWORD_HASH_METHOD"], "scrypt")
{%- endif %}

    def test_development_has_debug_and_a_fallback_secret(self):
        del os.environ["SECRET_KEY"]

        config = DevelopmentConfig()

        self.assertIs(config.DEBUG, True)
        self.assertTrue(config.SECRET_KEY)
