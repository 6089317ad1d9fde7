{%- if cookiecutter.orm == "mongoengine" -%}
"""The MongoDB connection that MongoEngine's documents use, from ``MONGODB_URI``.

Flask-MongoEngine no longer works with Flask 3, so the app connects MongoEngine itself.
"""

from flask import Flask
from mongoengine import connect, disconnect
from pymongo import MongoClient


def init_app(app: Flask) -> None:
    # One default connection per process: each app (tests build several) replaces it.
    disconnect()
    connect(
        host=app.config["MONGODB_URI"],
        uuidRepresentation="standard",
        tz_aware=True,
        mongo_client_class=app.config.get("MONGODB_CLIENT_CLASS", MongoClient),
    )
{%- else -%}
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
{%- endif %}
