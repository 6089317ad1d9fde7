"""Logging out ends the session on the server: copies of its cookies stop working."""

from {{ cookiecutter.project_slug }}.accounts.sessions import end_sessions{% if cookiecutter.auth != "flask-security" or cookiecutter.__jwt %}, session_user{% endif %}
from {{ cookiecutter.project_slug }}.posts import store
from tests.base import {% if cookiecutter.auth == "flask-security" %}PASSWORD, {% endif %}AppTestCase


def authenticated(client) -> bool:
    """Whether the client may open a page that needs a login.

    The request runs in an app context of its own: Flask-Login caches the user in ``g``.
    """
    with client.application.app_context():
        return client.get("/posts/new/").status_code == 200


class LogoutTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.user = self.make_user("ada")

    def replay(self, name: str, value: str):
        """A new client with only a copy of one cookie, as a thief would have it."""
        client = self.app.test_client()
        client.set_cookie(name, value)
        return client

    def test_a_session_cookie_copied_before_logout_no_longer_works(self):
        self.login("ada")
        copied = self.client.get_cookie("session").value
        self.assertTrue(authenticated(self.replay("session", copied)))

        self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})

        self.assertFalse(authenticated(self.client))
        self.assertFalse(authenticated(self.replay("session", copied)))
{%- if cookiecutter.auth == "flask-security" %}

    def test_a_remember_cookie_copied_before_logout_no_longer_works(self):
        token = self.csrf_token()
        data = {"username": "ada", "password": PASSWORD, "remember": "y", "csrf_token": token}
        response = self.client.post("/accounts/login/", data=data)
        self.assertEqual(response.status_code, 302)
        copied = self.client.get_cookie("remember_token").value
        self.assertTrue(authenticated(self.replay("remember_token", copied)))

        self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})

        self.assertFalse(authenticated(self.replay("remember_token", copied)))

    def test_ending_sessions_changes_the_users_session_id(self):
        old = self.user.get_id()

        end_sessions(self.user)

        new = store.find_user("ada").get_id()
        self.assertNotIn(new, (old, None))
{%- if cookiecutter.__jwt %}
        self.assertIsNone(session_user(old))
        self.assertEqual(session_user(new).get_id(), new)
{%- endif %}
{%- else %}

    def test_remember_cookies_name_a_session_id_that_logout_revokes(self):
        # Flask-Login's remember cookie carries get_id(), checked by the same loader as sessions.
        old = self.user.get_id()
        self.assertEqual(session_user(old).get_id(), old)

        end_sessions(self.user)

        new = store.find_user("ada").get_id()
        self.assertNotEqual(new, old)
        self.assertIsNone(session_user(old))
        self.assertEqual(session_user(new).get_id(), new)

    def test_malformed_session_ids_name_nobody(self):
        for session_id in ["", "1", "1:", "not-an-id:token"]:
            with self.subTest(session_id=session_id):
                self.assertIsNone(session_user(session_id))
{%- endif %}
