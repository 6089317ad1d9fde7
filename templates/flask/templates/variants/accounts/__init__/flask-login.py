"""Accounts: sign up, log in and log out, with Flask-Login keeping the session."""

from flask import Flask, flash, redirect, request, url_for

from ..extensions import login_manager
from . import throttle
from .sessions import session_user
from .views import bp


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.user_loader(session_user)
    login_manager.unauthorized_handler(send_to_login)
    throttle.init_app(app)
    app.register_blueprint(bp)


def send_to_login():
    """Pages marked login_required send anonymous users to log in, then back (``?next=``)."""
    flash("Please log in to see this page.")
    return redirect(url_for("accounts.login", next=request.full_path.rstrip("?")))
