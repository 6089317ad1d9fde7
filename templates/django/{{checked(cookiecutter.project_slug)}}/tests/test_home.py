"""The home page: the project's name and description, links for visitors, the stylesheet."""

from django.conf import settings
from django.test import TestCase
from django.utils.html import escape


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
