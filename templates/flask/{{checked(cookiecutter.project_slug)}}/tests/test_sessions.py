"""Logging out ends the session on the server: copies of its cookies stop working."""

import pytest

from {{ cookiecutter.project_slug }}.accounts.sessions import end_sessions{% if cookiecutter.auth != "flask-security" or cookiecutter.__jwt %}, session_user{% endif %}
from {{ cookiecutter.project_slug }}.posts import store


def authenticated(client) -> bool:
    """Whether the client may open a page that needs a login.

    The request runs in an app context of its own: Flask-Login caches the user in ``g``.
    """
    with client.application.app_context():
        return client.get("/posts/new/").status_code == 200


def replay(app, name: str, value: str):
    """A new client with only a copy of one cookie, as a thief would have it."""
    client = app.test_client()
    client.set_cookie(name, value)
    return client


@pytest.mark.usefixtures("user")
def test_a_session_cookie_copied_before_logout_no_longer_works(app, client, login, csrf_token):
    login("ada")
    copied = client.get_cookie("session").value
    assert authenticated(replay(app, "session", copied))

    client.post("/accounts/logout/", data={"csrf_token": csrf_token()})

    assert not authenticated(client)
    assert not authenticated(replay(app, "session", copied))
{%- if cookiecutter.auth == "flask-security" %}


@pytest.mark.usefixtures("user")
def test_a_remember_cookie_copied_before_logout_no_longer_works(app, client, password, csrf_token):
    data = {"username": "ada", "password": password, "remember": "y", "csrf_token": csrf_token()}
    assert client.post("/accounts/login/", data=data).status_code == 302
    copied = client.get_cookie("remember_token").value
    assert authenticated(replay(app, "remember_token", copied))

    client.post("/accounts/logout/", data={"csrf_token": csrf_token()})

    assert not authenticated(replay(app, "remember_token", copied))


def test_ending_sessions_changes_the_users_session_id(user):
    old = user.get_id()

    end_sessions(user)

    new = store.find_user("ada").get_id()
    assert new not in (old, None)
{%- if cookiecutter.__jwt %}
    assert session_user(old) is None
    assert session_user(new).get_id() == new
{%- endif %}
{%- else %}


def test_remember_cookies_name_a_session_id_that_logout_revokes(user):
    # Flask-Login's remember cookie carries get_id(), checked by the same loader as sessions.
    old = user.get_id()
    assert session_user(old).get_id() == old

    end_sessions(user)

    new = store.find_user("ada").get_id()
    assert new != old
    assert session_user(old) is None
    assert session_user(new).get_id() == new


@pytest.mark.parametrize("session_id", ["", "1", "1:", "not-an-id:token"])
def test_malformed_session_ids_name_nobody(user, session_id):
    assert session_user(session_id) is None
{%- endif %}
