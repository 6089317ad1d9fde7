"""Views of the main blueprint."""

from flask import Blueprint, current_app, render_template

from ..posts import store

bp = Blueprint("main", __name__)


@bp.app_context_processor
def endpoints() -> dict:
    """Let templates link only to the pages this project's options include."""
    return {"has_endpoint": lambda name: name in current_app.view_functions}


@bp.get("/")
def index():
    return render_template("main/index.html", posts=store.latest_posts())


@bp.get("/health")
def health():
    """Report whether the app can reach its database; load balancers poll this."""
    if not store.database_ok():
        current_app.logger.error("Health check failed: database unreachable")
        return {"status": "error", "database": "error"}, 503
    return {"status": "ok", "database": "ok"}
