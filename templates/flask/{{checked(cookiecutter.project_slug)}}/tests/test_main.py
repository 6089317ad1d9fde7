"""The home page and the health check."""

from markupsafe import escape

from {{ cookiecutter.project_slug }}.config import TestingConfig


{% if cookiecutter.orm == "none" -%}
def test_health_reports_ok(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json == {"status": "ok"}
{%- else -%}
def test_health_reports_database_ok(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok"}


def test_health_returns_503_when_database_is_unreachable(make_app, tmp_path):
    config = TestingConfig()
{%- if cookiecutter.__database == "mongodb" %}
    # Nothing listens on port 9 (discard); give up after 0.2 s instead of 30.
    config.MONGODB_URI = "mongodb://127.0.0.1:9/app?serverSelectionTimeoutMS=200"
    client = make_app(config, schema=False).test_client()
{%- elif cookiecutter.orm == "pony" %}
    database = tmp_path / "app.sqlite3"
    config.DATABASE_URL = f"sqlite:///{database}"
    app = make_app(config, schema=False)
    app.extensions["pony"].disconnect()
    # A directory where the database file was: SQLite cannot open it.
    database.unlink()
    database.mkdir()
    client = app.test_client()
{%- else %}
    # SQLite cannot create a file in a directory that does not exist.
    config.{{ cookiecutter.__database_key }} = f"sqlite:///{tmp_path / 'missing' / 'app.sqlite3'}"
    client = make_app(config, schema=False).test_client()
{%- endif %}

    response = client.get("/health")

    assert response.status_code == 503
    assert response.json == {"status": "error", "database": "error"}
{%- endif %}


def test_home_page_shows_project_name_and_description(app, client):
    response = client.get("/")

    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert f"<h1>{escape(app.config['PROJECT_NAME'])}</h1>" in page
    assert escape(app.config["PROJECT_DESCRIPTION"]) in page


def test_home_page_escapes_configured_text(make_app):
    config = TestingConfig()
    config.PROJECT_NAME = "<script>alert(1)</script>"
    client = make_app(config).test_client()

    page = client.get("/").get_data(as_text=True)

    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_static_files_are_served(client):
    response = client.get("/static/css/main.css")

    assert response.status_code == 200
    assert response.mimetype == "text/css"
    response.close()
