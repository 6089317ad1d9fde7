{% if cookiecutter.__migrations == "flask-migrate" -%}
"""The SQLAlchemy database, from ``SQLALCHEMY_DATABASE_URI``, and its migrations (Flask-Migrate).

``flask db upgrade`` applies the revisions in ``migrations/versions/``; ``flask db migrate``
writes a new one from the changes to the models.
"""

from pathlib import Path

from flask import Flask

from .extensions import db, migrate

# Absolute, so that ``flask db`` finds the migrations from any working directory.
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def init_app(app: Flask) -> None:
    db.init_app(app)
    # Batch mode lets Alembic alter tables on SQLite, which supports little of ALTER TABLE.
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)
{% else -%}
"""The SQLAlchemy database, from ``SQLALCHEMY_DATABASE_URI``, and its migrations (Flask-Alembic).

``flask db upgrade`` applies the revisions in ``migrations/versions/`` (``ALEMBIC`` in
``config.py`` says where they are); ``flask db revision`` writes a new one.
"""

from flask import Flask

from .extensions import alembic, db


def init_app(app: Flask) -> None:
    db.init_app(app)
    alembic.init_app(app)
{% endif -%}
