"""The peewee-migrate migrations build the schema of the models."""

from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.models import db


def test_upgrade_creates_the_tables_and_downgrade_removes_them(make_app, tmp_path):
    config = TestingConfig()
    if config.DATABASE_URL == "sqlite://":
        config.DATABASE_URL = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    runner = make_app(config, schema=False).test_cli_runner()

    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output

    columns = {column.name for column in db.get_columns("posts")}
    assert {"users", "posts"} <= set(db.get_tables())
    assert columns == {"id", "title", "body", "author_id", "created"}
{%- if cookiecutter.auth == "flask-security" %}
    users = {column.name for column in db.get_columns("users")}
    assert {"password_hash", "active", "fs_uniquifier"} <= users
    unique = {index.columns[0] for index in db.get_indexes("users") if index.unique}
    assert "fs_uniquifier" in unique
{%- elif cookiecutter.auth != "none" %}
    users = {column.name for column in db.get_columns("users")}
    assert {"password_hash", "session_token"} <= users
{%- endif %}

{%- if cookiecutter.auth == "flask-security" %}

    result = runner.invoke(args=["db", "downgrade"])
    assert result.exit_code == 0, result.output
    users = {column.name for column in db.get_columns("users")}
    assert not {"active", "fs_uniquifier"} & users
{%- elif cookiecutter.auth != "none" %}

    result = runner.invoke(args=["db", "downgrade"])
    assert result.exit_code == 0, result.output
    assert "session_token" not in {column.name for column in db.get_columns("users")}
{%- endif %}

    result = runner.invoke(args=["db", "downgrade"])
    assert result.exit_code == 0, result.output
    assert not {"users", "posts"} & set(db.get_tables())
