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
