"""The peewee-migrate migrations build the schema of the models."""

from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.models import db
from tests.apps import FactoryTestCase


class MigrationTests(FactoryTestCase):
    def test_upgrade_creates_the_tables_and_downgrade_removes_them(self):
        config = TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            config.DATABASE_URL = f"sqlite:///{self.tmp_path / 'app.sqlite3'}"
        runner = self.make_app(config, schema=False).test_cli_runner()

        result = runner.invoke(args=["db", "upgrade"])
        self.assertEqual(result.exit_code, 0, result.output)

        columns = {column.name for column in db.get_columns("posts")}
        self.assertLessEqual({"users", "posts"}, set(db.get_tables()))
        self.assertEqual(columns, {"id", "title", "body", "author_id", "created"})
{%- if cookiecutter.auth == "flask-security" %}
        users = {column.name for column in db.get_columns("users")}
        self.assertLessEqual({"password_hash", "active", "fs_uniquifier"}, users)
        unique = {index.columns[0] for index in db.get_indexes("users") if index.unique}
        self.assertIn("fs_uniquifier", unique)
{%- elif cookiecutter.auth != "none" %}
        users = {column.name for column in db.get_columns("users")}
        self.assertLessEqual({"password_hash", "session_token"}, users)
{%- endif %}

{%- if cookiecutter.auth == "flask-security" %}

        result = runner.invoke(args=["db", "downgrade"])
        self.assertEqual(result.exit_code, 0, result.output)
        users = {column.name for column in db.get_columns("users")}
        self.assertFalse({"active", "fs_uniquifier"} & users)
{%- elif cookiecutter.auth != "none" %}

        result = runner.invoke(args=["db", "downgrade"])
        self.assertEqual(result.exit_code, 0, result.output)
        users = {column.name for column in db.get_columns("users")}
        self.assertNotIn("session_token", users)
{%- endif %}

        result = runner.invoke(args=["db", "downgrade"])
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertFalse({"users", "posts"} & set(db.get_tables()))
