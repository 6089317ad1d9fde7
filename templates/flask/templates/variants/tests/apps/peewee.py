"""Applications for tests, on throwaway Peewee databases."""

import shutil
import tempfile
import unittest
from pathlib import Path

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.database import MODELS
from {{ cookiecutter.project_slug }}.models import db


class FactoryTestCase(unittest.TestCase):
    """Builds applications with ``self.make_app``; ``self.tmp_path`` is removed after the test.

    An application built with ``schema`` has its tables in a throwaway database, emptied after
    the test.
    """

    def setUp(self) -> None:
        self.tmp_path = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp_path, ignore_errors=True)

    def make_app(self, config=None, *, schema=True):
        """An application from a configuration; its connections are closed after the test."""
        config = config or TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            # Connections close after each request, and an in-memory database with them.
            config.DATABASE_URL = f"sqlite:///{self.tmp_path / 'test.sqlite3'}"
        app = create_app(config)
        self.addCleanup(db.close)
        if schema:
            db.create_tables(MODELS)
{%- if cookiecutter.__database != "sqlite" %}
            # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
            self.addCleanup(db.drop_tables, MODELS)
{%- endif %}
        return app
