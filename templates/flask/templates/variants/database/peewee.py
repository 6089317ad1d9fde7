"""The Peewee database: bound to the configured URL, one connection per request.

Migrations are peewee-migrate's, in ``migrations/``; ``flask db upgrade`` applies them and
``flask db migrate NAME`` writes a new one from the changes to the models.
"""

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from peewee import Database
from peewee_migrate import Router
from playhouse.db_url import connect

from .models import Post, User, db

MODELS = [User, Post]
# Absolute, so that ``flask db`` finds the migrations from any working directory.
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

cli = AppGroup("db", help="Apply and write peewee-migrate migrations.")


def open_database(app: Flask) -> Database:
    """The database ``DATABASE_URL`` names; a relative SQLite path lives in the instance folder."""
    url = app.config["DATABASE_URL"]
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/"):
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        url = prefix + str(Path(app.instance_path) / url.removeprefix(prefix))
    return connect(url)


def close_connection(exception: BaseException | None = None) -> None:
    if not db.is_closed():
        db.close()


def router() -> Router:
    return Router(db, migrate_dir=MIGRATIONS_DIR, ignore=["basemodel"])


@cli.command("upgrade")
def upgrade() -> None:
    """Apply every migration not applied yet."""
    router().run()


@cli.command("downgrade")
def downgrade() -> None:
    """Roll back the latest migration."""
    router().rollback()


@cli.command("migrate")
@click.argument("name")
def migrate(name: str) -> None:
    """Write a migration for the differences between the models and the migrations."""
    router().create(name, auto=MODELS)
    current_app.logger.info("Review the new file in %s before committing it.", MIGRATIONS_DIR)


def init_app(app: Flask) -> None:
    # Peewee's models share one database object: each app (tests build several) rebinds it.
    db.initialize(open_database(app))
    app.teardown_appcontext(close_connection)
    app.cli.add_command(cli)
