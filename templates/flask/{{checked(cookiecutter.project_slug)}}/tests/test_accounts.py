"""Signing up, logging in and out."""

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import PASSWORD, AppTestCase
from tests.helpers import logged_in

SIGNUP = {
    "username": "linus",
    "email": "linus@example.com",
    "password1": "a long enough password",
    "password2": "a long enough password",
}


class SignupTests(AppTestCase):
    def test_signup_form_has_the_expected_fields(self):
        page = self.client.get("/accounts/signup/").get_data(as_text=True)

        for field in ("username", "email", "password1", "password2", "csrf_token"):
            self.assertIn(f'name="{field}"', page)

    def test_signup_creates_the_user_and_logs_them_in(self):
        data = SIGNUP | {"csrf_token": self.csrf_token()}

        response = self.client.post("/accounts/signup/", data=data)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], "/")
        self.assertIsNotNone(store.check_credentials("linus", SIGNUP["password1"]))
        self.assertTrue(logged_in(self.client))

    def test_signup_refuses_weak_passwords_next_to_the_field(self):
        cases = [
            ("short", "too short"),
            ("password", "too common"),
            ("12345678", "too common"),
            ("QwertyUIOP", "too common"),
        ]
        for weak, reason in cases:
            with self.subTest(weak=weak), self.new_visitor():
                data = SIGNUP | {"password1": weak, "password2": weak}

                response = self.client.post(
                    "/accounts/signup/", data=data | {"csrf_token": self.csrf_token()}
                )

                self.assertEqual(response.status_code, 200)
                page = response.get_data(as_text=True)
                # Shown between the password field and the next one.
                self.assertLess(page.index('name="password1"'), page.index(reason))
                self.assertLess(page.index(reason), page.index('name="password2"'))
                self.assertIsNone(store.find_user("linus"))

    def test_invalid_signup_shows_errors_and_creates_nobody(self):
        self.make_user("ada")
        cases = [
            ({"username": "ada"}, "username"),
            ({"username": "bad name!"}, "username"),
            ({"email": "ADA@example.com"}, "email"),
            ({"email": "not-an-email"}, "email"),
            ({"password1": "short", "password2": "short"}, "password1"),
            ({"password2": "something else"}, "password2"),
        ]
        for changes, field in cases:
            with self.subTest(changes=changes, field=field), self.new_visitor():
                data = SIGNUP | changes | {"csrf_token": self.csrf_token()}

                response = self.client.post("/accounts/signup/", data=data)

                self.assertEqual(response.status_code, 200)
                self.assertIn('class="error"', response.get_data(as_text=True))
                self.assertIsNone(store.find_user("linus"))
                self.assertFalse(logged_in(self.client))

    def test_signup_without_csrf_token_is_rejected(self):
        response = self.client.post("/accounts/signup/", data=SIGNUP)

        self.assertEqual(response.status_code, 400)
        self.assertIsNone(store.find_user("linus"))


class LoginTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.make_user("ada")

    def test_login_with_username_or_email(self):
        for identifier in ("ada", "ada@example.com"):
            with self.subTest(identifier=identifier), self.new_visitor():
                data = {
                    "username": identifier,
                    "password": PASSWORD,
                    "csrf_token": self.csrf_token(),
                }

                response = self.client.post("/accounts/login/", data=data)

                self.assertEqual(response.status_code, 302)
                self.assertTrue(logged_in(self.client))

    def test_login_returns_to_next_only_on_this_site(self):
        cases = [
            ("/posts/new/", "/posts/new/"),
            ("//evil.example/", "/"),
            ("https://evil.example/", "/"),
        ]
        for target, expected in cases:
            with self.subTest(target=target, expected=expected), self.new_visitor():
                data = {"username": "ada", "password": PASSWORD, "csrf_token": self.csrf_token()}

                response = self.client.post(
                    "/accounts/login/", query_string={"next": target}, data=data
                )

                self.assertEqual(response.headers["Location"], expected)

    def test_wrong_password_is_refused(self):
        for password in ("wrong", ""):
            with self.subTest(password=password), self.new_visitor():
                data = {"username": "ada", "password": password, "csrf_token": self.csrf_token()}

                response = self.client.post("/accounts/login/", data=data)

                self.assertEqual(response.status_code, 200)
                self.assertFalse(logged_in(self.client))


class LogoutTests(AppTestCase):
    def test_logout_needs_post_and_the_csrf_token(self):
        self.make_user("ada")
        self.login("ada")

        self.assertEqual(self.client.get("/accounts/logout/").status_code, 405)
        self.assertEqual(self.client.post("/accounts/logout/").status_code, 400)
        self.assertTrue(logged_in(self.client))

        response = self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})

        self.assertEqual(response.status_code, 302)
        self.assertFalse(logged_in(self.client))
