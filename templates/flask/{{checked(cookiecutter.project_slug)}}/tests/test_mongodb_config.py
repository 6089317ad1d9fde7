"""The MongoDB URI in each configuration."""

import os

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import DevelopmentConfig, ProductionConfig, TestingConfig
from tests.base import ProductionTestCase


class MongoDBConfigTests(ProductionTestCase):
    def test_production_reads_mongodb_uri(self):
        app = create_app()

        self.assertEqual(app.config["MONGODB_URI"], os.environ["MONGODB_URI"])

    def test_production_refuses_a_missing_mongodb_uri(self):
        del os.environ["MONGODB_URI"]

        with self.assertRaisesRegex(RuntimeError, "MONGODB_URI"):
            ProductionConfig()

    def test_development_falls_back_on_a_local_server(self):
        del os.environ["MONGODB_URI"]

        config = DevelopmentConfig()

        self.assertTrue(config.MONGODB_URI.startswith("mongodb://localhost"))

    def test_testing_ignores_the_environment_database(self):
        os.environ["MONGODB_URI"] = "mongodb://example.invalid/production"

        self.assertTrue(TestingConfig().MONGODB_URI.endswith("_test"))
