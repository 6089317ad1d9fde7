"""Accounts by Flask-Security-Too: sign up, log in and out, CSRF, roles, argon2, configuration."""

import os
import re
from unittest import mock

from {{ cookiecutter.project_slug }}.config import (
    PLACEHOLDER_SECRET,
    ProductionConfig,
    TestingConfig,
)
from {{ cookiecutter.project_slug }}.extensions import security
from {{ cookiecutter.project_slug }}.models.security import STAFF
from {{ cookiecutter.project_slug }}.posts import store
from tests.apps import FactoryTestCase
from tests.base import PASSWORD, AppTestCase, ProductionTestCase
from tests.helpers import logged_in

SIGNUP = {
    "username": "linus",
    "email": "linus@example.com",
    "password": "a long enough password",
    "password_confirm": "a long enough password",
}


class SignupTests(AppTestCase):
    def test_signup_form_has_the_expected_fields_in_the_site_layout(self):
        page = self.client.get("/accounts/signup/").get_data(as_text=True)

        for field in ("username", "email", "password", "password_confirm", "csrf_token"):
            self.assertIn(f'name="{field}"', page)
        self.assertIn('href="/static/css/main.css"', page)

    def test_signup_creates_the_user_and_logs_them_in(self):
        data = SIGNUP | {"csrf_token": self.csrf_token()}

        response = self.client.post("/accounts/signup/", data=data)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], "/")
        user = store.check_credentials("linus", SIGNUP["password"])
        self.assertIsNotNone(user)
        self.assertFalse(store.is_staff(user))
        self.assertTrue(logged_in(self.client))

    def test_invalid_signup_shows_errors_and_creates_nobody(self):
        self.make_user("ada")
        cases = [
            {"username": "ada"},
            {"email": "ADA@example.com"},
            {"email": "not-an-email"},
            {"password": "short", "password_confirm": "short"},
            {"password_confirm": "something else"},
        ]
        for changes in cases:
            with self.subTest(changes=changes), self.new_visitor():
                data = SIGNUP | changes | {"csrf_token": self.csrf_token()}

                response = self.client.post("/accounts/signup/", data=data)

                self.assertEqual(response.status_code, 200)
                self.assertIn("fs-error-msg", response.get_data(as_text=True))
                self.assertIsNone(store.find_user("linus"))
                self.assertFalse(logged_in(self.client))

    def test_signup_refuses_common_passwords_next_to_the_field(self):
        for weak in ("password", "12345678", "QwertyUIOP"):
            with self.subTest(weak=weak), self.new_visitor():
                data = SIGNUP | {"password": weak, "password_confirm": weak}

                response = self.client.post(
                    "/accounts/signup/", data=data | {"csrf_token": self.csrf_token()}
                )

                self.assertEqual(response.status_code, 200)
                page = response.get_data(as_text=True)
                # Shown between the password field and the next one.
                reason = page.index("too common")
                self.assertLess(page.index('name="password"'), reason)
                self.assertLess(reason, page.index('name="password_confirm"'))
                self.assertIsNone(store.find_user("linus"))


class CsrfTests(AppTestCase):
    def test_a_form_without_its_csrf_token_is_refused(self):
        self.make_user("ada")
        for path in ("/accounts/signup/", "/accounts/login/"):
            with self.subTest(path=path), self.new_visitor():
                data = SIGNUP | {"username": "ada", "password": PASSWORD}

                response = self.client.post(path, data=data)

                self.assertEqual(response.status_code, 400)
                self.assertIsNone(store.find_user("linus"))
                self.assertFalse(logged_in(self.client))


class LoginTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.make_user("ada")

    def test_login_with_username_or_email(self):
        for field, value in (("username", "ada"), ("email", "ada@example.com")):
            with self.subTest(field=field, value=value), self.new_visitor():
                data = {field: value, "password": PASSWORD, "csrf_token": self.csrf_token()}

                response = self.client.post("/accounts/login/", data=data)

                self.assertEqual(response.status_code, 302)
                self.assertTrue(logged_in(self.client))

    def test_login_returns_to_next(self):
        data = {"username": "ada", "password": PASSWORD, "csrf_token": self.csrf_token()}

        response = self.client.post(
            "/accounts/login/", query_string={"next": "/posts/new/"}, data=data
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], "/posts/new/")

    def test_login_refuses_a_next_on_another_site(self):
        for target in ("//evil.example/", "https://evil.example/"):
            with self.subTest(target=target), self.new_visitor():
                data = {"username": "ada", "password": PASSWORD, "csrf_token": self.csrf_token()}

                response = self.client.post(
                    "/accounts/login/", query_string={"next": target}, data=data
                )

                self.assertEqual(response.status_code, 200)
                self.assertIn(
                    "Redirections outside the domain are forbidden",
                    response.get_data(as_text=True),
                )
                self.assertFalse(logged_in(self.client))

    def test_the_login_form_keeps_next(self):
        page = self.client.get("/accounts/login/?next=/posts/").get_data(as_text=True)

        self.assertIn('action="/accounts/login/?next=/posts/"', page)

    def test_wrong_password_is_refused(self):
        for password in ("wrong", ""):
            with self.subTest(password=password), self.new_visitor():
                data = {"username": "ada", "password": password, "csrf_token": self.csrf_token()}

                response = self.client.post("/accounts/login/", data=data)

                self.assertEqual(response.status_code, 200)
                self.assertFalse(logged_in(self.client))


class LogoutTests(FactoryTestCase):
    def test_logout_needs_post_and_the_csrf_token(self):
        # Outside the app context the other tests share: each request has its own g, as when served.
        app = self.make_app()
        with app.app_context():
            store.create_user("ada", "ada@example.com", PASSWORD)
        client = app.test_client()

        def token() -> str:
            page = client.get("/accounts/login/", follow_redirects=True).get_data(as_text=True)
            return re.search(r'name="csrf_token"[^>]* value="([^"]+)"', page).group(1)

        data = {"username": "ada", "password": PASSWORD, "csrf_token": token()}
        self.assertEqual(client.post("/accounts/login/", data=data).status_code, 302)

        self.assertEqual(client.get("/accounts/logout/").status_code, 405)
        # A page asking to confirm.
        self.assertEqual(client.post("/accounts/logout/").status_code, 200)
        self.assertTrue(logged_in(client))

        response = client.post("/accounts/logout/", data={"csrf_token": token()})

        self.assertEqual(response.status_code, 302)
        self.assertFalse(logged_in(client))


class PasswordHashTests(AppTestCase):
    def test_passwords_are_stored_as_argon2_hashes(self):
        user = self.make_user("ada")

        self.assertTrue(user.password.startswith("$argon2id$"))
        self.assertNotIn(PASSWORD, user.password)
        self.assertTrue(user.check_password(PASSWORD))
        self.assertFalse(user.check_password("wrong"))

    def test_only_the_tests_hash_with_cheap_argon2_parameters(self):
        user = self.make_user("ada")

        self.assertTrue(user.password.startswith("$argon2id$v=19$m=8,t=1,p=1$"))
        self.assertTrue(TestingConfig().SECURITY_PASSWORD_HASH_PASSLIB_OPTIONS)


class RoleTests(AppTestCase):
    def test_staff_is_the_staff_role(self):
        user = self.make_user("ada")
        staff = self.make_user("grace", staff=True)

        self.assertTrue(staff.has_role(STAFF))
        self.assertFalse(user.has_role(STAFF))

    def test_the_datastore_creates_staff_from_the_staff_role(self):
        datastore = security.datastore

        created = datastore.create_user(
            username="root", email="root@example.com", password=PASSWORD, roles=[STAFF]
        )

        self.assertTrue(store.is_staff(created))
        self.assertEqual(datastore.find_role(STAFF).name, STAFF)
        self.assertIsNone(datastore.find_role("editor"))

    def test_the_datastore_adds_the_staff_role_to_the_staff_column(self):
        user = self.make_user("ada")
        datastore = security.datastore

        self.assertFalse(datastore.add_role_to_user(user, "editor"))
        self.assertTrue(datastore.add_role_to_user(user, STAFF))
        datastore.commit()

        self.assertTrue(store.is_staff(store.find_user("ada")))
        self.assertFalse(datastore.add_role_to_user(user, STAFF))


class ProductionConfigTests(ProductionTestCase):
    def test_production_hashes_with_argon2s_own_parameters(self):
        # Production leaves passlib's argon2 parameters (64 MiB, 3 passes) alone.
        production = ProductionConfig()

        self.assertFalse(hasattr(production, "SECURITY_PASSWORD_HASH_PASSLIB_OPTIONS"))

    def test_production_refuses_a_missing_or_placeholder_password_salt(self):
        for salt in (None, "", PLACEHOLDER_SECRET):
            with self.subTest(salt=salt), mock.patch.dict(os.environ):
                if salt is None:
                    os.environ.pop("SECURITY_PASSWORD_SALT", None)
                else:
                    os.environ["SECURITY_PASSWORD_SALT"] = salt

                with self.assertRaisesRegex(RuntimeError, "SECURITY_PASSWORD_SALT"):
                    ProductionConfig()
