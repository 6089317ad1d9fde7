"""Applications for tests."""

import unittest

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig


class FactoryTestCase(unittest.TestCase):
    """Builds applications from configurations with ``self.make_app``."""

    def make_app(self, config=None):
        """An application from a configuration, the testing one by default."""
        return create_app(config or TestingConfig())
