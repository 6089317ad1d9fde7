"""The Alembic migrations build the same schema as the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.extensions import db
from tests.apps import FactoryTestCase


class MigrationTests(FactoryTestCase):
    def test_upgrade_to_head_creates_the_schema_and_downgrade_removes_it(self):
        config = TestingConfig()
{%- if cookiecutter.__database == "sqlite" %}
        config.SQLALCHEMY_DATABASE_URI = f"sqlite:///{self.tmp_path / 'app.sqlite3'}"
{%- else %}
        if config.SQLALCHEMY_DATABASE_URI == "sqlite://":
            # Alembic opens its own connections: an in-memory database would vanish between them.
            config.SQLALCHEMY_DATABASE_URI = f"sqlite:///{self.tmp_path / 'app.sqlite3'}"
{%- endif %}
        app = self.make_app(config, schema=False)
        runner = app.test_cli_runner()

        with app.app_context():
            result = runner.invoke(args=["db", "upgrade"])
            self.assertEqual(result.exit_code, 0, result.output)

            self.assertLessEqual({"users", "posts"}, set(inspect(db.engine).get_table_names()))
            with db.engine.connect() as connection:
                # No difference between the migrated database and the models.
                context = MigrationContext.configure(connection)
                self.assertEqual(compare_metadata(context, db.metadata), [])

            result = runner.invoke(args=["db", "downgrade", "base"])
            self.assertEqual(result.exit_code, 0, result.output)
            self.assertFalse({"users", "posts"} & set(inspect(db.engine).get_table_names()))
