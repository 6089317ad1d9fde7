"""Applications for tests, each on its own throwaway PonyORM database."""

import itertools
import shutil
import tempfile
import unittest
from pathlib import Path

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig

# Numbers the SQLite files of the applications a test builds.
_NUMBERS = itertools.count()


class FactoryTestCase(unittest.TestCase):
    """Builds applications with ``self.make_app``; ``self.tmp_path`` is removed after the test.

    An application built with ``schema`` has its tables in a throwaway database, emptied after
    the test.
    """

    def setUp(self) -> None:
        self.tmp_path = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp_path, ignore_errors=True)

    def make_app(self, config=None, *, schema=True):
        """An application on its own Pony database; with ``schema``, its tables created."""
        config = config or TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            # Pony binds SQLite to a file, one per application.
            config.DATABASE_URL = f"sqlite:///{self.tmp_path / f'test{next(_NUMBERS)}.sqlite3'}"
        app = create_app(config)
        pony = app.extensions["pony"]
        self.addCleanup(pony.disconnect)
        if schema:
            pony.create_tables()
{%- if cookiecutter.__database != "sqlite" %}
            # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
            self.addCleanup(pony.drop_all_tables, with_all_data=True)
{%- endif %}
        return app
