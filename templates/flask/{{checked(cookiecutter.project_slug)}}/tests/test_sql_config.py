"""The SQL database's URL in each configuration."""

import os

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import DevelopmentConfig, TestingConfig
from tests.base import ProductionTestCase


class DatabaseConfigTests(ProductionTestCase):
    def test_production_reads_database_url(self):
        app = create_app()

        self.assertEqual(app.config["{{ cookiecutter.__database_key }}"], os.environ["DATABASE_URL"])

    def test_development_falls_back_on_sqlite(self):
        del os.environ["DATABASE_URL"]

        config = DevelopmentConfig()

        self.assertTrue(config.{{ cookiecutter.__database_key }}.startswith("sqlite:///"))

    def test_testing_ignores_the_environment_database(self):
        os.environ["DATABASE_URL"] = "sqlite:////srv/production.sqlite3"
        os.environ.pop("TEST_DATABASE_URL", None)

        self.assertEqual(TestingConfig().{{ cookiecutter.__database_key }}, "sqlite://")
