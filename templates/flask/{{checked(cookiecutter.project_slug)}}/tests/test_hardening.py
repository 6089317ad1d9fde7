{% set sql = cookiecutter.__database not in ["mongodb", "none"] -%}
"""Production hardening: secrets, security headers, HTTPS, trusted hosts and cookie attributes."""

import pytest
from flask import session, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import ProductionConfig
{%- if cookiecutter.orm != "none" %}
from {{ cookiecutter.project_slug }}.posts import store
{%- endif %}

GOOD_SECRET = "a-long-random-value-that-is-not-the-placeholder-0123456789"
# Refused by production: missing, shorter than 32 characters, or a placeholder in any case.
WEAK_SECRETS = [None, "", "x" * 31, "change-me", "CHANGEME", "secret", "dev", "Development", "test"]


@pytest.fixture(autouse=True)
def production_environment(monkeypatch{% if sql %}, tmp_path{% endif %}):
    """What production needs; nothing here connects to a database."""
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("ALLOWED_HOSTS", "example.com, www.example.com")
    for name in ("SECURE_SSL_REDIRECT", "PROXY_COUNT", "SERVER_NAME"):
        monkeypatch.delenv(name, raising=False)
{%- if cookiecutter.auth == "flask-security" %}
    monkeypatch.setenv("SECURITY_PASSWORD_SALT", GOOD_SECRET)
{%- endif %}
{%- if cookiecutter.__database == "mongodb" %}
    monkeypatch.setenv("MONGODB_URI", "mongodb://db.example:27017/app")
{%- elif sql %}
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.sqlite3'}")
{%- endif %}


@pytest.fixture
def production_app():
    app = create_app(ProductionConfig())
    # A page that uses the session and tells how the app saw the request.
    app.add_url_rule("/probe/", "probe", probe)
    return app


def probe():
    session["seen"] = True
    return {"url": url_for("probe", _external=True)}


@pytest.mark.parametrize("name", ["SECRET_KEY"{% if cookiecutter.auth == "flask-security" %}, "SECURITY_PASSWORD_SALT"{% endif %}])
@pytest.mark.parametrize("secret", WEAK_SECRETS)
def test_production_refuses_a_weak_secret(monkeypatch, name, secret):
    if secret is None:
        monkeypatch.delenv(name)
    else:
        monkeypatch.setenv(name, secret)

    with pytest.raises(RuntimeError, match=f"^{name} is missing, shorter than 32 characters"):
        create_app()


def test_production_accepts_a_secret_of_32_characters(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "k" * 32)

    assert create_app().config["SECRET_KEY"] == "k" * 32


def test_production_refuses_to_start_without_allowed_hosts(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " ")

    with pytest.raises(RuntimeError, match="^ALLOWED_HOSTS is missing"):
        create_app()


def test_pages_carry_the_security_headers_in_every_mode(client):
    response = client.get("/")

    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    # Plain HTTP stays plain outside production: no redirect and no HSTS.
    assert "Strict-Transport-Security" not in response.headers
{%- if cookiecutter.admin %}


def test_only_the_admin_pages_may_run_inline_scripts(client):
    # Flask-Admin's pages have inline event handlers; the policy allows them there alone.
    policy = client.get("/admin/").headers["Content-Security-Policy"]

    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'none'" in policy
{%- endif %}
{%- if cookiecutter.__rest_api in ["flask-smorest", "flask-restx"] %}


def test_the_swagger_ui_may_run_its_inline_start_script(client):
    response = client.get("/api/docs")

    assert response.status_code == 200
    assert "'unsafe-inline'" in response.headers["Content-Security-Policy"]
{%- endif %}


def test_production_redirects_plain_http_to_https(production_app):
    response = production_app.test_client().get("/probe/?page=2", base_url="http://example.com")

    assert response.status_code == 302
    assert response.headers["Location"] == "https://example.com/probe/?page=2"


def test_the_health_check_answers_plain_http(production_app{% if cookiecutter.orm != "none" %}, monkeypatch{% endif %}):
{%- if cookiecutter.orm != "none" %}
    # Load balancers probe it over plain HTTP; what it says of the database is not the point here.
    monkeypatch.setattr(store, "database_ok", lambda: True)
{%- endif %}

    response = production_app.test_client().get("/health", base_url="http://example.com")

    assert response.status_code == 200


def test_production_sends_hsts_over_https(production_app):
    response = production_app.test_client().get("/probe/", base_url="https://example.com")

    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_production_believes_the_proxy_about_https(production_app):
    assert isinstance(production_app.wsgi_app, ProxyFix)
    client = production_app.test_client()

    response = client.get(
        "/probe/", base_url="http://example.com", headers={"X-Forwarded-Proto": "https"}
    )

    assert response.status_code == 200
    assert response.json["url"] == "https://example.com/probe/"


def test_the_https_redirect_can_be_turned_off_for_plain_http(monkeypatch):
    monkeypatch.setenv("SECURE_SSL_REDIRECT", "false")
    monkeypatch.setenv("PROXY_COUNT", "0")
    app = create_app()

    assert app.config["FORCE_HTTPS"] is False
    assert not isinstance(app.wsgi_app, ProxyFix)


@pytest.mark.parametrize("host", ["evil.example", "example.com.evil.example"])
def test_production_refuses_unknown_hosts(production_app, host):
    response = production_app.test_client().get("/probe/", base_url=f"https://{host}")

    assert response.status_code == 400


def test_absolute_urls_name_the_configured_host_not_the_requested_one(production_app):
    response = production_app.test_client().get("/probe/", base_url="https://www.example.com")

    assert response.status_code == 200
    assert response.json["url"] == "https://example.com/probe/"


def test_production_cookies_are_secure_httponly_and_samesite(production_app):
    response = production_app.test_client().get("/probe/", base_url="https://example.com")

    cookie = response.headers["Set-Cookie"]
    assert "; Secure" in cookie
    assert "; HttpOnly" in cookie
    assert "; SameSite=Lax" in cookie
{%- if cookiecutter.auth != "none" %}
    config = production_app.config
    assert config["REMEMBER_COOKIE_SECURE"] is True
    assert config["REMEMBER_COOKIE_HTTPONLY"] is True
    assert config["REMEMBER_COOKIE_SAMESITE"] == "Lax"
{%- endif %}
