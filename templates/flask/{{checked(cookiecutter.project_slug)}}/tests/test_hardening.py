"""Production hardening: secrets, security headers, HTTPS, trusted hosts and cookie attributes."""

import os
from unittest import mock

from flask import session, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import ProductionConfig
{%- if cookiecutter.orm != "none" %}
from {{ cookiecutter.project_slug }}.posts import store
{%- endif %}
from tests.base import AppTestCase, ProductionTestCase

# Refused by production: missing, shorter than 32 characters, or a placeholder in any case.
WEAK_SECRETS = [None, "", "x" * 31, "change-me", "CHANGEME", "secret", "dev", "Development", "test"]


def probe():
    """A page that uses the session and tells the URL the app builds for itself."""
    session["seen"] = True
    return {"url": url_for("probe", _external=True)}


class HardeningTestCase(ProductionTestCase):
    """The production configuration, with a page that shows the session and the built URLs."""

    def production_client(self):
        app = create_app(ProductionConfig())
        app.add_url_rule("/probe/", "probe", probe)
        return app.test_client()


class SecretTests(ProductionTestCase):
    def test_production_refuses_a_weak_secret(self):
        for name in ["SECRET_KEY"{% if cookiecutter.auth == "flask-security" %}, "SECURITY_PASSWORD_SALT"{% endif %}]:
            for secret in WEAK_SECRETS:
                with self.subTest(name=name, secret=secret), mock.patch.dict(os.environ):
                    if secret is None:
                        del os.environ[name]
                    else:
                        os.environ[name] = secret

                    message = f"^{name} is missing, shorter than 32 characters"
                    with self.assertRaisesRegex(RuntimeError, message):
                        create_app()

    def test_production_accepts_a_secret_of_32_characters(self):
        os.environ["SECRET_KEY"] = "k" * 32

        self.assertEqual(create_app().config["SECRET_KEY"], "k" * 32)

    def test_production_refuses_to_start_without_allowed_hosts(self):
        os.environ["ALLOWED_HOSTS"] = " "

        with self.assertRaisesRegex(RuntimeError, "^ALLOWED_HOSTS is missing"):
            create_app()


class HeaderTests(AppTestCase):
    def test_pages_carry_the_security_headers_in_every_mode(self):
        response = self.client.get("/")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response.headers["X-Frame-Options"], "DENY")
        self.assertEqual(response.headers["Referrer-Policy"], "strict-origin-when-cross-origin")
        policy = response.headers["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("frame-ancestors 'none'", policy)
        self.assertNotIn("unsafe-inline", policy)
        # Plain HTTP stays plain outside production: no redirect and no HSTS.
        self.assertNotIn("Strict-Transport-Security", response.headers)
{%- if cookiecutter.admin %}

    def test_only_the_admin_pages_may_run_inline_scripts(self):
        # Flask-Admin's pages have inline event handlers; the policy allows them there alone.
        policy = self.client.get("/admin/").headers["Content-Security-Policy"]

        self.assertIn("script-src 'self' 'unsafe-inline'", policy)
        self.assertIn("frame-ancestors 'none'", policy)
{%- endif %}
{%- if cookiecutter.__rest_api in ["flask-smorest", "flask-restx"] %}

    def test_the_swagger_ui_may_run_its_inline_start_script(self):
        response = self.client.get("/api/docs")

        self.assertEqual(response.status_code, 200)
        self.assertIn("'unsafe-inline'", response.headers["Content-Security-Policy"])
{%- endif %}


class HttpsTests(HardeningTestCase):
    def test_production_redirects_plain_http_to_https(self):
        response = self.production_client().get("/probe/?page=2", base_url="http://example.com")

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], "https://example.com/probe/?page=2")

    def test_the_health_check_answers_plain_http(self):
        client = self.production_client()
{%- if cookiecutter.orm != "none" %}
        # Load balancers probe it over plain HTTP; what it says of the database is not the point.
        with mock.patch.object(store, "database_ok", return_value=True):
            response = client.get("/health", base_url="http://example.com")
{%- else %}

        response = client.get("/health", base_url="http://example.com")
{%- endif %}

        self.assertEqual(response.status_code, 200)

    def test_production_sends_hsts_over_https(self):
        response = self.production_client().get("/probe/", base_url="https://example.com")

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["Strict-Transport-Security"].startswith("max-age="))

    def test_production_believes_the_proxy_about_https(self):
        client = self.production_client()
        self.assertIsInstance(client.application.wsgi_app, ProxyFix)

        response = client.get(
            "/probe/", base_url="http://example.com", headers={"X-Forwarded-Proto": "https"}
        )

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json["url"], "https://example.com/probe/")

    def test_the_https_redirect_can_be_turned_off_for_plain_http(self):
        os.environ.update(SECURE_SSL_REDIRECT="false", PROXY_COUNT="0")

        app = create_app()

        self.assertIs(app.config["FORCE_HTTPS"], False)
        self.assertNotIsInstance(app.wsgi_app, ProxyFix)


class HostTests(HardeningTestCase):
    def test_production_refuses_unknown_hosts(self):
        for host in ["evil.example", "example.com.evil.example"]:
            with self.subTest(host=host):
                response = self.production_client().get("/probe/", base_url=f"https://{host}")

                self.assertEqual(response.status_code, 400)

    def test_absolute_urls_name_the_configured_host_not_the_requested_one(self):
        response = self.production_client().get("/probe/", base_url="https://www.example.com")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json["url"], "https://example.com/probe/")


class CookieTests(HardeningTestCase):
    def test_production_cookies_are_secure_httponly_and_samesite(self):
        client = self.production_client()

        cookie = client.get("/probe/", base_url="https://example.com").headers["Set-Cookie"]

        self.assertIn("; Secure", cookie)
        self.assertIn("; HttpOnly", cookie)
        self.assertIn("; SameSite=Lax", cookie)
{%- if cookiecutter.auth != "none" %}
        config = client.application.config
        self.assertIs(config["REMEMBER_COOKIE_SECURE"], True)
        self.assertIs(config["REMEMBER_COOKIE_HTTPONLY"], True)
        self.assertEqual(config["REMEMBER_COOKIE_SAMESITE"], "Lax")
{%- endif %}
