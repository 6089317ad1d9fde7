"""Shared fixtures: applications on throwaway databases, and a test client."""

import pytest

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.extensions import db


@pytest.fixture
def make_app():
    """Build applications from a configuration; close their database connections afterwards."""
    apps = []

    def make(config=None):
        app = create_app(config or TestingConfig())
        apps.append(app)
        return app

    yield make
    for app in apps:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    """An application with the schema created in its in-memory database."""
    app = make_app()
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()
