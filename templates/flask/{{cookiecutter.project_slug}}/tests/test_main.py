"""The home page and the health check."""

from markupsafe import escape

from {{ cookiecutter.project_slug }}.config import TestingConfig


def test_health_reports_database_ok(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok"}


def test_health_returns_503_when_database_is_unreachable(make_app, tmp_path):
    config = TestingConfig()
    # SQLite cannot create a file in a directory that does not exist.
    config.SQLALCHEMY_DATABASE_URI = f"sqlite:///{tmp_path / 'missing' / 'app.sqlite3'}"
    client = make_app(config).test_client()

    response = client.get("/health")

    assert response.status_code == 503
    assert response.json == {"status": "error", "database": "error"}


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
