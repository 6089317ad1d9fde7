"""The base test cases: an application and its test client, and production's environment."""

{% if cookiecutter.auth != "none" -%}
import contextlib
{% endif -%}
import os
{% if cookiecutter.auth != "none" -%}
import re
{% endif -%}
from unittest import mock

{% if cookiecutter.orm != "none" -%}
from {{ cookiecutter.project_slug }}.posts import store
{% endif -%}
from tests.apps import FactoryTestCase

GOOD_SECRET = "a-long-random-value-that-is-not-the-placeholder-0123456789"
{%- if cookiecutter.orm != "none" %}
PASSWORD = "correct horse battery staple"
{%- endif %}


class AppTestCase(FactoryTestCase):
    """Each test gets ``self.app`` (the testing configuration), its context pushed, and
    ``self.client``.
    """

    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_app()
        context = self.app.app_context()
        context.push()
        self.addCleanup(context.pop)
        self.client = self.app.test_client()
{%- if cookiecutter.orm != "none" %}

    def make_user(self, username="ada", email=None, *, staff=False):
        """A user with the known password, ``PASSWORD``."""
        email = email or f"{username}@example.com"
        return store.create_user(username, email, PASSWORD, staff=staff)
{%- endif %}
{%- if cookiecutter.auth != "none" %}

    def csrf_token(self) -> str:
        """The client session's CSRF token, read from a form as a browser would."""
        # Signed-in users may be sent on from the login page to one with the logout form.
        page = self.client.get("/accounts/login/", follow_redirects=True).get_data(as_text=True)
        return re.search(r'name="csrf_token"[^>]* value="([^"]+)"', page).group(1)

    @contextlib.contextmanager
    def new_visitor(self):
        """A new client in a new app context, for each case of a loop of subtests.

        Requests reuse the app context the test pushed, and its ``g``, where Flask-Login keeps
        the current user: a case would see the one before.
        """
        with self.app.app_context():
            self.client = self.app.test_client()
            yield

    def login(self, username: str) -> None:
        """Log the client in through the login form."""
{%- if cookiecutter.auth == "flask-security" %}
        # Flask-Security's login form sends signed-in users away: log out first.
        self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})
{%- endif %}
        data = {"username": username, "password": PASSWORD, "csrf_token": self.csrf_token()}
        response = self.client.post("/accounts/login/", data=data)
        self.assertEqual(response.status_code, 302, response.get_data(as_text=True))
{%- endif %}


class ProductionTestCase(FactoryTestCase):
    """``os.environ`` holds what production needs; every change to it is undone after the test."""

    def setUp(self) -> None:
        super().setUp()
        self.enterContext(mock.patch.dict(os.environ))
        for name in ("SECURE_SSL_REDIRECT", "PROXY_COUNT", "SERVER_NAME"):
            os.environ.pop(name, None)
        os.environ.update(
            APP_ENV="production",
            SECRET_KEY=GOOD_SECRET,
            ALLOWED_HOSTS="example.com, www.example.com",
{%- if cookiecutter.auth == "flask-security" %}
            SECURITY_PASSWORD_SALT=GOOD_SECRET,
{%- endif %}
{%- if cookiecutter.orm in ["mongoengine", "pymongo"] %}
            # Nothing connects to it: MongoDB clients connect on first use.
            MONGODB_URI="mongodb://db.example:27017/app",
{%- elif cookiecutter.orm != "none" %}
            DATABASE_URL=f"sqlite:///{self.tmp_path / 'app.sqlite3'}",
{%- endif %}
        )
