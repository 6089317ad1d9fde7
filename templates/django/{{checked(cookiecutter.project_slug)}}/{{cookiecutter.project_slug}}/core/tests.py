from django.conf import settings
from django.db import OperationalError, connection
from django.test import TestCase
from django.urls import reverse
from django.utils.html import escape


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
        with connection.execute_wrapper(fail):
            response = await self.async_client.get(reverse("core:live"))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok"})
        self.assertIn("no-cache", response["Cache-Control"])

    async def test_liveness_refuses_unsafe_methods(self):
        response = await self.async_client.post(reverse("core:live"))

        self.assertEqual(response.status_code, 405)


class HomeTests(TestCase):
    def test_shows_project_name_and_description(self):
        response = self.client.get("/")

        self.assertEqual(response.status_code, 200)
{%- if cookiecutter.example_app %}
        self.assertEqual(response.template_name, ["posts/home.html"])
{%- else %}
        self.assertEqual(response.template_name, ["core/home.html"])
{%- endif %}
        # Compared as parsed HTML: the engines escape quotes differently (&#x27; or &#39;).
        self.assertContains(response, escape(settings.PROJECT_NAME), html=True)
        self.assertContains(response, escape(settings.PROJECT_DESCRIPTION), html=True)

    def test_takes_project_name_from_settings(self):
        with self.settings(PROJECT_NAME="Renamed <Site>"):
            response = self.client.get("/")

        self.assertContains(response, "<title>Renamed &lt;Site&gt;</title>", html=True)

    def test_offers_login_and_signup_to_visitors(self):
        response = self.client.get("/")

        self.assertContains(response, 'href="/accounts/login/"')
        self.assertContains(response, 'href="/accounts/signup/"')

    def test_stylesheet_is_linked_and_served(self):
        page = self.client.get("/")
        stylesheet = self.client.get("/static/css/site.css")

        self.assertContains(page, 'href="/static/css/site.css"')
        self.assertEqual(stylesheet.status_code, 200)
        self.assertIn(b"body", b"".join(stylesheet.streaming_content))
