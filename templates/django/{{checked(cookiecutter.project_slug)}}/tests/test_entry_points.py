"""The WSGI and ASGI applications the servers load."""

from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.wsgi import WSGIHandler
from django.test import SimpleTestCase


class EntryPointTests(SimpleTestCase):
    def test_wsgi_application_is_importable(self):
        from config.wsgi import application

        self.assertIsInstance(application, WSGIHandler)

    def test_asgi_application_is_importable(self):
        from config.asgi import application

        self.assertIsInstance(application, ASGIHandler)
