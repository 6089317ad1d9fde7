"""The application factory.

The ``flask`` command and gunicorn both call ``create_app``; nothing here runs at import time,
so tests can build as many applications as they need.
"""

from pathlib import Path

from flask import Flask

from . import models  # noqa: F401  (registers the tables on db.metadata for Alembic)
from .config import Config, config_from_env
from .extensions import db, migrate
from .main import bp as main_bp

# Absolute, so that ``flask db`` finds the migrations from any working directory.
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def create_app(config: Config | None = None) -> Flask:
    """Build the application.

    ``config`` replaces the configuration that the ``APP_ENV`` environment variable selects;
    tests pass a ``TestingConfig``.
    """
    app = Flask(__name__)
    app.config.from_object(config or config_from_env())

    db.init_app(app)
    # Batch mode lets Alembic alter tables on SQLite, which supports little of ALTER TABLE.
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)

    app.register_blueprint(main_bp)
    return app
