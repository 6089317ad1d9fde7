"""Sign up, log in and log out."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from {{ "..extensions" if cookiecutter.__forms else ".." }} import csrf
from ..forms import LoginForm, SignupForm
from ..posts import store
from . import throttle
from .sessions import end_sessions

bp = Blueprint("accounts", __name__, url_prefix="/accounts")
bp.before_request(csrf.protect)


def next_url() -> str:
    """Where to go after logging in: ``?next=`` when it is a path on this site, else home."""
    target = request.args.get("next", "")
    # "//host" and "/\\host" are read by browsers as other sites.
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return url_for("main.index")


@bp.route("/signup/", methods=["GET", "POST"])
def signup():
    form = SignupForm()
    if form.validate_on_submit():
        user = store.create_user(form.data["username"], form.data["email"], form.data["password1"])
        login_user(user)
        flash("Welcome! Your account is ready.")
        return redirect(next_url())
    return render_template("accounts/signup.html", form=form)


@bp.route("/login/", methods=["GET", "POST"])
def login():
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        user = throttle.check_credentials(form.data["username"], form.data["password"])
        if user is not None:
            login_user(user)
            return redirect(next_url())
        error = "Wrong username, email or password."
    return render_template("accounts/login.html", form=form, error=error)


@bp.post("/logout/")
def logout():
    if current_user.is_authenticated:
        end_sessions(current_user._get_current_object())
    logout_user()
    flash("You are logged out.")
    return redirect(url_for("main.index"))
