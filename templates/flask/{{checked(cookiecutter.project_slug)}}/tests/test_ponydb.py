"""``flask init-db`` creates PonyORM's tables."""

from pony.orm import db_session

from {{ cookiecutter.project_slug }}.config import TestingConfig


def test_init_db_creates_the_tables(make_app, tmp_path):
    config = TestingConfig()
    config.DATABASE_URL = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    app = make_app(config, schema=False)

    result = app.test_cli_runner().invoke(args=["init-db"])

    assert result.exit_code == 0, result.output
    with db_session:
        assert app.extensions["pony"].Post.select().count() == 0
