"""Views of the main blueprint."""

from flask import Blueprint, current_app, render_template
{%- if cookiecutter.orm != "none" %}

from ..posts import store
{%- endif %}

bp = Blueprint("main", __name__)


@bp.app_context_processor
def endpoints() -> dict:
    """Let templates link only to the pages this project's options include."""
    return {"has_endpoint": lambda name: name in current_app.view_functions}


@bp.get("/")
def index():
{%- if cookiecutter.orm == "none" %}
    return render_template("main/index.html")
{%- else %}
    return render_template("main/index.html", posts=store.latest_posts())
{%- endif %}


@bp.get("/health")
def health():
{%- if cookiecutter.orm == "none" %}
    """Report that the app answers; load balancers poll this (there is no database to check)."""
    return {"status": "ok"}
{%- else %}
    """Report whether the app can reach its database; load balancers poll this."""
    if not store.database_ok():
        current_app.logger.error("Health check failed: database unreachable")
        return {"status": "error", "database": "error"}, 503
    return {"status": "ok", "database": "ok"}
{%- endif %}
