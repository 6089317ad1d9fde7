{#- Pages libraries render, which get a looser Content-Security-Policy: (prefix, what, name). -#}
{% set relaxed = ([("/admin/", "Flask-Admin's pages", "admin")] if cookiecutter.admin else [])
    + ([("/api/docs", "the Swagger UI", "docs")] if cookiecutter.__rest_api in ["flask-smorest", "flask-restx"] else []) -%}
"""HTTP hardening: security headers, HTTPS, and the proxy in front of the app.

Flask-Talisman sets the headers on every response: ``X-Content-Type-Options: nosniff``,
``X-Frame-Options: DENY``, ``Referrer-Policy`` and a Content-Security-Policy; in production it
also redirects plain HTTP to HTTPS and sends HSTS. The configuration (``config.py``) decides
which: the development server keeps plain HTTP.
"""

from flask import Flask{% if relaxed %}, Response, request{% endif %}
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix

# The site's own pages load scripts, styles and images from the site only, and no inline code.
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
{%- if cookiecutter.admin %}
# Flask-Admin's pages have inline scripts and event handlers (confirmations, bulk actions).
ADMIN_POLICY = CONTENT_SECURITY_POLICY | {
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
}
{%- endif %}
{%- if cookiecutter.__rest_api == "flask-smorest" %}
# flask-smorest's Swagger UI loads its scripts from jsDelivr and starts them inline.
SWAGGER_UI = "https://cdn.jsdelivr.net/npm/swagger-ui-dist/"
DOCS_POLICY = CONTENT_SECURITY_POLICY | {
    "script-src": f"'self' 'unsafe-inline' {SWAGGER_UI}",
    "style-src": f"'self' 'unsafe-inline' {SWAGGER_UI}",
}
{%- elif cookiecutter.__rest_api == "flask-restx" %}
# Flask-RESTX's Swagger UI serves its own scripts and starts them inline.
DOCS_POLICY = CONTENT_SECURITY_POLICY | {
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
}
{%- endif %}
{%- if relaxed %}
# The only pages that get a looser policy, by path prefix: pages libraries render.
RELAXED_POLICIES = {
{%- for prefix, _, name in relaxed %}
    "{{ prefix }}": {{ name | upper }}_POLICY,
{%- endfor %}
}
{%- endif %}


def init_app(app: Flask) -> None:
    if app.config["PROXY_COUNT"]:
        # Behind a proxy the client's address, scheme and host arrive as X-Forwarded-* headers;
        # trusted only from as many proxies as are really there, or clients could forge them.
        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)
{%- if relaxed %}
    # Registered before Talisman's own hook, so it runs after it (Flask runs them in reverse).
    app.after_request(relax_policy)
{%- endif %}
    # Load balancers probe the health check over plain HTTP: it answers them, never redirects.
    app.view_functions["main.health"].talisman_view_options = {"force_https": False}
    Talisman(
        app,
        force_https=app.config["FORCE_HTTPS"],
        strict_transport_security=app.config["HSTS"],
        session_cookie_secure=app.config["SESSION_COOKIE_SECURE"],
        frame_options="DENY",
        content_security_policy=CONTENT_SECURITY_POLICY,
        referrer_policy="strict-origin-when-cross-origin",
    )
{%- if relaxed %}


def relax_policy(response: Response) -> Response:
    """The looser Content-Security-Policy of {{ relaxed | map(attribute="1") | join(" and ") }}."""
    for prefix, policy in RELAXED_POLICIES.items():
        if request.path.startswith(prefix):
            response.headers["Content-Security-Policy"] = "; ".join(
                f"{directive} {sources}" for directive, sources in policy.items()
            )
    return response
{%- endif %}
