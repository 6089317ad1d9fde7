"""The hand-written CSRF token."""

import pytest
from flask import session
from werkzeug.exceptions import BadRequest

from {{ cookiecutter.project_slug }}.csrf import csrf_token, protect


def test_token_is_kept_in_the_session(app):
    with app.test_request_context():
        token = csrf_token()

        assert token == csrf_token() == session["csrf_token"]
        assert len(token) >= 32


@pytest.mark.parametrize("sent", [None, "", "forged", "ünïcode"])
def test_unsafe_request_without_the_session_token_is_refused(app, sent):
    data = {} if sent is None else {"csrf_token": sent}
    with app.test_request_context(method="POST", data=data):
        csrf_token()

        with pytest.raises(BadRequest):
            protect()


def test_token_may_come_in_a_form_field_or_a_header(app):
    with app.test_request_context(method="POST"):
        token = csrf_token()
    for kwargs in ({"data": {"csrf_token": token}}, {"headers": {"X-CSRFToken": token}}):
        with app.test_request_context(method="POST", **kwargs):
            session["csrf_token"] = token

            assert protect() is None


def test_safe_requests_pass_without_a_token(app):
    with app.test_request_context(method="GET"):
        assert protect() is None
