"""Connexion in front of the app: the specification is served and checked before the views."""

import importlib
import os
import unittest
from unittest import mock

from starlette.testclient import TestClient

from {{ cookiecutter.project_slug }}.api.views import asgi_app
from {{ cookiecutter.project_slug }}.posts import store
from tests.base import PASSWORD, AppTestCase
from tests.helpers import basic


class ConnexionTests(AppTestCase):
    """``self.asgi_client`` sends requests through Connexion to ``self.app``."""

    def setUp(self) -> None:
        super().setUp()
        self.asgi_client = self.enterContext(TestClient(asgi_app(self.app)))

    def test_the_specification_is_served_with_swagger_ui(self):
        document = self.asgi_client.get("/api/openapi.json").json()

        self.assertTrue(document["openapi"].startswith("3."))
        self.assertLessEqual({"/api/posts/", "/api/posts/{post_id}/"}, set(document["paths"]))
        self.assertEqual(self.asgi_client.get("/api/docs/").status_code, 200)

    def test_swagger_ui_carries_the_security_headers(self):
        response = self.asgi_client.get("/api/docs/")

        self.assertEqual(response.headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response.headers["X-Frame-Options"], "DENY")
        self.assertEqual(response.headers["Referrer-Policy"], "strict-origin-when-cross-origin")
        # Its start script is inline: allowed there, and only there.
        policy = response.headers["Content-Security-Policy"]
        self.assertIn("script-src 'self' 'unsafe-inline'", policy)
        policy = self.asgi_client.get("/api/posts/").headers["Content-Security-Policy"]
        self.assertNotIn("unsafe-inline", policy)

    def test_requests_against_the_specification_are_refused_before_the_views(self):
        self.make_user("ada")
        payloads = [{"title": "", "body": "B"}, {"title": "T"}, {"title": "T", "body": "B", "x": 1}]
        for payload in payloads:
            with self.subTest(payload=payload):
                with self.assertLogs("connexion", "WARNING") as logs:
                    response = self.asgi_client.post(
                        "/api/posts/", json=payload, headers=basic("ada", PASSWORD)
                    )

                self.assertIn("BadRequestProblem", logs.output[0])
                self.assertEqual(response.status_code, 400)
                self.assertEqual(response.headers["content-type"], "application/problem+json")
                self.assertEqual(store.list_posts()[1], 0)

    def test_a_bad_page_number_is_refused(self):
        with self.assertLogs("connexion", "WARNING") as logs:
            response = self.asgi_client.get("/api/posts/?page=zero")

        self.assertIn("'zero' is not of type 'integer'", logs.output[0])
        self.assertEqual(response.status_code, 400)

    def test_other_paths_reach_the_flask_app(self):
        response = self.asgi_client.get("/static/css/main.css")

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["content-type"].startswith("text/css"))


class AsgiModuleTests(unittest.TestCase):
    def test_the_asgi_module_serves_the_configured_app(self):
        with mock.patch.dict(os.environ, {"APP_ENV": "testing"}):
            module = importlib.import_module("{{ cookiecutter.project_slug }}.asgi")

            self.assertIsInstance(module.app, type(asgi_app(module.create_app())))
