"""Flask-Principal: each request's identity carries the user's needs."""

from flask import g
from flask_principal import UserNeed

from {{ cookiecutter.project_slug }}.permissions import STAFF
from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase


class IdentityTests(AppTestCase):
    def test_staff_identity_provides_the_staff_role(self):
        staff = self.make_user("grace", staff=True)
        self.login("grace")

        with self.client:
            self.client.get("/")
            self.assertIn(STAFF, g.identity.provides)
            self.assertIn(UserNeed(store.user_id(staff)), g.identity.provides)

    def test_other_users_have_only_their_own_need(self):
        user = self.make_user("ada")
        self.login("ada")

        with self.client:
            self.client.get("/")
            self.assertEqual(g.identity.provides, {UserNeed(store.user_id(user))})

    def test_anonymous_visitors_have_no_needs(self):
        with self.client:
            self.client.get("/")
            self.assertFalse(g.identity.provides)
