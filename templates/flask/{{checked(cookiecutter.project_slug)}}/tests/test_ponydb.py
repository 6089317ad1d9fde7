"""``flask init-db`` creates PonyORM's tables."""

from pony.orm import db_session

from {{ cookiecutter.project_slug }}.config import TestingConfig
from tests.apps import FactoryTestCase


class InitDbTests(FactoryTestCase):
    def test_init_db_creates_the_tables(self):
        config = TestingConfig()
        config.DATABASE_URL = f"sqlite:///{self.tmp_path / 'fresh.sqlite3'}"
        app = self.make_app(config, schema=False)

        result = app.test_cli_runner().invoke(args=["init-db"])

        self.assertEqual(result.exit_code, 0, result.output)
        with db_session:
            self.assertEqual(app.extensions["pony"].Post.select().count(), 0)
