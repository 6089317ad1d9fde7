"""The health check reports the database; the liveness check answers without it."""

from django.db import OperationalError, connection
from django.test import TestCase
from django.urls import reverse


def fail(execute, sql, params, many, context):
    """A query wrapper that fails every query, as when the database is down."""
    raise OperationalError("the database is unavailable")


class HealthTests(TestCase):
    def test_reports_ok(self):
        response = self.client.get("/health")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "database": "ok"})
        self.assertIn("no-cache", response["Cache-Control"])

    def test_reports_database_failure(self):
        with connection.execute_wrapper(fail):
            response = self.client.get("/health")

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json(), {"status": "error", "database": "error"})

    def test_answers_head_requests(self):
        self.assertEqual(self.client.head("/health").status_code, 200)

    def test_refuses_unsafe_methods(self):
        self.assertEqual(self.client.post("/health").status_code, 405)

    async def test_liveness_answers_without_the_database(self):
        # The view is a coroutine: the async client awaits it on an event loop, no thread.
        with connection.execute_wrapper(fail):
            response = await self.async_client.get(reverse("core:live"))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok"})
        self.assertIn("no-cache", response["Cache-Control"])

    async def test_liveness_refuses_unsafe_methods(self):
        response = await self.async_client.post(reverse("core:live"))

        self.assertEqual(response.status_code, 405)
