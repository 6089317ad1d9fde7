"""The hand-written CSRF token."""

from flask import session
from werkzeug.exceptions import BadRequest

from {{ cookiecutter.project_slug }}.csrf import csrf_token, protect
from tests.base import AppTestCase


class CsrfTokenTests(AppTestCase):
    def test_token_is_kept_in_the_session(self):
        with self.app.test_request_context():
            token = csrf_token()

            self.assertEqual(token, csrf_token())
            self.assertEqual(token, session["csrf_token"])
            self.assertGreaterEqual(len(token), 32)

    def test_unsafe_request_without_the_session_token_is_refused(self):
        for sent in (None, "", "forged", "ünïcode"):
            data = {} if sent is None else {"csrf_token": sent}
            with self.subTest(sent=sent), self.app.test_request_context(method="POST", data=data):
                csrf_token()

                with self.assertRaises(BadRequest):
                    protect()

    def test_token_may_come_in_a_form_field_or_a_header(self):
        with self.app.test_request_context(method="POST"):
            token = csrf_token()
        for kwargs in ({"data": {"csrf_token": token}}, {"headers": {"X-CSRFToken": token}}):
            with self.app.test_request_context(method="POST", **kwargs):
                session["csrf_token"] = token

                self.assertIsNone(protect())

    def test_safe_requests_pass_without_a_token(self):
        with self.app.test_request_context(method="GET"):
            self.assertIsNone(protect())
