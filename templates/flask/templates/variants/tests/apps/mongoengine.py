"""Applications for tests, on mongomock's in-memory MongoDB."""

import unittest

import mongomock
from mongoengine import disconnect

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.models import Post, User


class FactoryTestCase(unittest.TestCase):
    """Builds applications with ``self.make_app``."""

    def make_app(self, config=None, *, schema=True):
        """An application; with ``schema`` (a usable database) it runs on mongomock.

        mongomock keeps an in-memory MongoDB per process, emptied after each test.
        """
        config = config or TestingConfig()
        if schema:
            config.MONGODB_CLIENT_CLASS = mongomock.MongoClient
        app = create_app(config)
        self.addCleanup(disconnect)
        if schema:
            self.addCleanup(User.drop_collection)
            self.addCleanup(Post.drop_collection)
        return app
