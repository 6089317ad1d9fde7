"""Views of the main blueprint."""

from flask import Blueprint, current_app, render_template
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    return render_template("main/index.html")


@bp.get("/health")
def health():
    """Report whether the app can reach its database; load balancers poll this."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        current_app.logger.exception("Health check failed: database unreachable")
        return {"status": "error", "database": "error"}, 503
    return {"status": "ok", "database": "ok"}
