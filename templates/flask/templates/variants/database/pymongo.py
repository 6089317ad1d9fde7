"""The MongoDB connection (Flask-PyMongo) from ``MONGODB_URI``, and the indexes the app needs.

``flask init-db`` creates the indexes; run it once per database (it is idempotent).
"""

import click
from flask import Flask
from flask.cli import with_appcontext
from pymongo import ASCENDING, DESCENDING

from .extensions import mongo


def create_indexes() -> None:
    mongo.db.users.create_index([("username", ASCENDING)], unique=True)
    mongo.db.users.create_index([("email", ASCENDING)], unique=True)
    mongo.db.posts.create_index([("created", DESCENDING)])


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create the collections' indexes (unique usernames and emails, posts by date)."""
    create_indexes()
    click.echo("Indexes created.")


def init_app(app: Flask) -> None:
    mongo.init_app(app, uri=app.config["MONGODB_URI"], tz_aware=True)
    app.cli.add_command(init_db)
