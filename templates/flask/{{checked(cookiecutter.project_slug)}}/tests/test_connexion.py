"""Connexion in front of the app: the specification is served and checked before the views."""

import importlib
from base64 import b64encode

import pytest
from starlette.testclient import TestClient

from {{ cookiecutter.project_slug }}.api.views import asgi_app
from {{ cookiecutter.project_slug }}.posts import store


def basic(identifier: str, password: str) -> dict:
    token = b64encode(f"{identifier}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture
def asgi_client(app):
    with TestClient(asgi_app(app)) as client:
        yield client


def test_the_specification_is_served_with_swagger_ui(asgi_client):
    document = asgi_client.get("/api/openapi.json").json()

    assert document["openapi"].startswith("3.")
    assert {"/api/posts/", "/api/posts/{post_id}/"} <= set(document["paths"])
    assert asgi_client.get("/api/docs/").status_code == 200


def test_swagger_ui_carries_the_security_headers(asgi_client):
    response = asgi_client.get("/api/docs/")

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    # Its start script is inline: allowed there, and only there.
    assert "script-src 'self' 'unsafe-inline'" in response.headers["Content-Security-Policy"]
    policy = asgi_client.get("/api/posts/").headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy


@pytest.mark.parametrize(
    "payload", [{"title": "", "body": "B"}, {"title": "T"}, {"title": "T", "body": "B", "x": 1}]
)
def test_requests_against_the_specification_are_refused_before_the_views(
    asgi_client, user, password, payload
):
    response = asgi_client.post("/api/posts/", json=payload, headers=basic("ada", password))

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert store.list_posts()[1] == 0


def test_a_bad_page_number_is_refused(asgi_client):
    assert asgi_client.get("/api/posts/?page=zero").status_code == 400


def test_other_paths_reach_the_flask_app(asgi_client):
    response = asgi_client.get("/static/css/main.css")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")


def test_the_asgi_module_serves_the_configured_app(monkeypatch):
    monkeypatch.setenv("APP_ENV", "testing")

    module = importlib.import_module("{{ cookiecutter.project_slug }}.asgi")

    assert isinstance(module.app, type(asgi_app(module.create_app())))
