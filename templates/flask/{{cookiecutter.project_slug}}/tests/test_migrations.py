"""The Alembic migrations build the same schema as the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.extensions import db


def test_upgrade_to_head_creates_the_schema_and_downgrade_removes_it(make_app, tmp_path):
    config = TestingConfig()
    config.SQLALCHEMY_DATABASE_URI = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    app = make_app(config)
    runner = app.test_cli_runner()

    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output

    with app.app_context():
        assert "users" in inspect(db.engine).get_table_names()
        with db.engine.connect() as connection:
            # No difference between the migrated database and the models.
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, db.metadata) == []

    result = runner.invoke(args=["db", "downgrade", "base"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert "users" not in inspect(db.engine).get_table_names()
