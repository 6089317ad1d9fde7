"""Applications for tests, on throwaway Flask-SQLAlchemy databases."""

import shutil
import tempfile
import unittest
from pathlib import Path

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.extensions import db


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
        app = create_app(config or TestingConfig())
        if schema:
            with app.app_context():
                db.create_all()
        self.addCleanup(self._close, app, schema)
        return app

    @staticmethod
    def _close(app, {{ "_" if cookiecutter.__database == "sqlite" else "schema" }}) -> None:
        with app.app_context():
{%- if cookiecutter.__database != "sqlite" %}
            if schema:
                # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
                db.session.remove()
                db.drop_all()
{%- endif %}
            db.engine.dispose()
