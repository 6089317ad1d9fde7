"""What makes the site safe to deploy: login throttling, the session after logout, headers."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import F
from django.test import Client, TestCase
from django.urls import reverse

from .factories import LOGIN_FIELD, PASSWORD, make_user, signup_data


class LoginThrottlingTests(TestCase):
    """django-axes: failed logins lock the account, and the client address, for a while."""

    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("alice")

    def attempt_login(self, identifier, password, address):
        """One login through the site's form, from its own client at ``address``."""
        client = Client(REMOTE_ADDR=address)
        data = {LOGIN_FIELD: identifier, "password": password}
        return client, client.post(reverse("login"), data)

    def assertLockedOut(self, response):
        self.assertEqual(response.status_code, 429)
        seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
        self.assertEqual(response["Retry-After"], str(seconds))

    def test_failed_logins_lock_the_account_from_any_address(self):
        identifier = self.user.get_username()
        for number in range(1, settings.AXES_FAILURE_LIMIT):
            _, response = self.attempt_login(identifier, "wrong", f"198.51.100.{number}")
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response.context_data["form"].errors)

        _, response = self.attempt_login(identifier, "wrong", "198.51.100.99")
        self.assertLockedOut(response)
        client, response = self.attempt_login(identifier, PASSWORD, "203.0.113.1")
        self.assertLockedOut(response)
        self.assertContains(response, "Too many failed logins", status_code=429)
        self.assertNotIn("_auth_user_id", client.session)

    def test_failed_logins_lock_the_address_for_every_account(self):
        for number in range(settings.AXES_FAILURE_LIMIT):
            _, response = self.attempt_login(f"nobody{number}@example.com", "wrong", "198.51.100.7")

        self.assertLockedOut(response)
        _, response = self.attempt_login(self.user.get_username(), PASSWORD, "198.51.100.7")
        self.assertLockedOut(response)
        client, response = self.attempt_login(self.user.get_username(), PASSWORD, "198.51.100.8")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(client.session["_auth_user_id"], str(self.user.pk))

    def test_a_lockout_ends_once_the_lockout_time_has_passed(self):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            _, response = self.attempt_login(self.user.get_username(), "wrong", "198.51.100.7")
        self.assertLockedOut(response)

        # The test settings count failures in the database: age them past LOGIN_LOCKOUT_MINUTES.
        age = settings.AXES_COOLOFF_TIME + timedelta(seconds=1)
        AccessAttempt.objects.update(attempt_time=F("attempt_time") - age)

        _, response = self.attempt_login(self.user.get_username(), PASSWORD, "198.51.100.7")
        self.assertEqual(response.status_code, 302)

    def test_admin_login_is_throttled_too(self):
        staff = make_user("staff", is_staff=True)
        data = {"username": staff.get_username(), "password": "wrong"}
        for number in range(settings.AXES_FAILURE_LIMIT):
            client = Client(REMOTE_ADDR=f"198.51.100.{number}")
            response = client.post(reverse("admin:login"), data)

        self.assertLockedOut(response)
        # Only that account: another one may still try.
        data = {"username": "someone-else@example.com", "password": "wrong"}
        response = Client(REMOTE_ADDR="203.0.113.1").post(reverse("admin:login"), data)
        self.assertEqual(response.status_code, 200)


class SessionSecurityTests(TestCase):
    def test_logout_ends_the_session_on_the_server(self):
        self.client.force_login(make_user("alice"))
        copied = Client()
        name = settings.SESSION_COOKIE_NAME
        copied.cookies[name] = self.client.cookies[name]
        self.assertEqual(copied.get(reverse("password_change")).status_code, 200)

        self.client.post(reverse("logout"))

        response = copied.get(reverse("password_change"))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.url.startswith(reverse("login")))

    def test_signup_shows_why_a_password_is_refused(self):
        data = signup_data(password1="password", password2="password")

        response = self.client.post(reverse("signup"), data)

        message = "This password is too common."
        self.assertIn(message, response.context_data["form"].errors["password2"])
        self.assertContains(response, message)


class SecurityHeaderTests(TestCase):
    def test_pages_carry_the_security_headers(self):
        for name in ["core:home", "login", "signup", "admin:login"]:
            with self.subTest(name):
                response = self.client.get(reverse(name))

                self.assertEqual(response.status_code, 200)
                policy = response["Content-Security-Policy"]
                self.assertIn("default-src 'self'", policy)
                self.assertIn("frame-ancestors 'none'", policy)
                self.assertNotIn("unsafe-inline", policy)
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertEqual(response["X-Frame-Options"], "DENY")
                self.assertEqual(response["Referrer-Policy"], "same-origin")

    def test_pages_have_no_inline_script_or_style(self):
        """The policy forbids them: they would not run or apply in a browser."""
        for name in ["core:home", "login", "signup"]:
            with self.subTest(name):
                html = self.client.get(reverse(name)).content.decode()

                self.assertNotIn("<script", html)
                self.assertNotIn("<style", html)
                self.assertNotIn("style=", html)
