"""Flask-Principal: each request's identity carries the user's needs."""

import pytest
from flask import g
from flask_principal import UserNeed

from {{ cookiecutter.project_slug }}.permissions import STAFF
from {{ cookiecutter.project_slug }}.posts import store


def test_staff_identity_provides_the_staff_role(client, login, staff):
    login("grace")

    with client:
        client.get("/")
        assert STAFF in g.identity.provides
        assert UserNeed(store.user_id(staff)) in g.identity.provides


def test_other_users_have_only_their_own_need(client, login, user):
    login("ada")

    with client:
        client.get("/")
        assert g.identity.provides == {UserNeed(store.user_id(user))}


@pytest.mark.usefixtures("app")
def test_anonymous_visitors_have_no_needs(client):
    with client:
        client.get("/")
        assert not g.identity.provides
