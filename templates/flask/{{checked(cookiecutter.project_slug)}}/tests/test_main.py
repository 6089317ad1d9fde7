"""The home page and the health check."""

from markupsafe import escape

from {{ cookiecutter.project_slug }}.config import TestingConfig
from tests.apps import FactoryTestCase
from tests.base import AppTestCase


class HealthTests(AppTestCase):
{%- if cookiecutter.orm == "none" %}
    def test_health_reports_ok(self):
        response = self.client.get("/health")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json, {"status": "ok"})
{%- else %}
    def test_health_reports_database_ok(self):
        response = self.client.get("/health")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json, {"status": "ok", "database": "ok"})


class UnreachableDatabaseTests(FactoryTestCase):
    def test_health_returns_503_when_database_is_unreachable(self):
        config = TestingConfig()
{%- if cookiecutter.__database == "mongodb" %}
        # Nothing listens on port 9 (discard); give up after 0.2 s instead of 30.
        config.MONGODB_URI = "mongodb://127.0.0.1:9/app?serverSelectionTimeoutMS=200"
        app = self.make_app(config, schema=False)
{%- elif cookiecutter.orm == "pony" %}
        database = self.tmp_path / "app.sqlite3"
        config.DATABASE_URL = f"sqlite:///{database}"
        app = self.make_app(config, schema=False)
        app.extensions["pony"].disconnect()
        # A directory where the database file was: SQLite cannot open it.
        database.unlink()
        database.mkdir()
{%- else %}
        # SQLite cannot create a file in a directory that does not exist.
        missing = self.tmp_path / "missing" / "app.sqlite3"
        config.{{ cookiecutter.__database_key }} = f"sqlite:///{missing}"
        app = self.make_app(config, schema=False)
{%- endif %}

        with self.assertLogs(app.logger, "ERROR") as logs:
            response = app.test_client().get("/health")

        self.assertIn("database unreachable", logs.output[0])
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json, {"status": "error", "database": "error"})
{%- endif %}


class HomePageTests(AppTestCase):
    def test_home_page_shows_project_name_and_description(self):
        response = self.client.get("/")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "text/html")
        page = response.get_data(as_text=True)
        self.assertIn(f"<h1>{escape(self.app.config['PROJECT_NAME'])}</h1>", page)
        self.assertIn(escape(self.app.config["PROJECT_DESCRIPTION"]), page)

    def test_static_files_are_served(self):
        response = self.client.get("/static/css/main.css")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "text/css")
        response.close()


class ConfiguredTextTests(FactoryTestCase):
    def test_home_page_escapes_configured_text(self):
        config = TestingConfig()
        config.PROJECT_NAME = "<script>alert(1)</script>"
        client = self.make_app(config).test_client()

        page = client.get("/").get_data(as_text=True)

        self.assertNotIn("<script>", page)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", page)
