import re
from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.db.models import F
from django.test import Client, TestCase
from django.urls import reverse

from .models import User

PASSWORD = "correct-horse-battery-staple"
NEW_PASSWORD = "another-long-passphrase-42"
{%- if cookiecutter.username_type == "email" %}
LOGIN_FIELD = "email"
{%- else %}
LOGIN_FIELD = "username"
{%- endif %}


def make_user(name, **extra):
{%- if cookiecutter.username_type == "email" %}
    return User.objects.create_user(f"{name}@example.com", PASSWORD, **extra)
{%- else %}
    return User.objects.create_user(name, f"{name}@example.com", PASSWORD, **extra)
{%- endif %}


def signup_data(**overrides):
{%- if cookiecutter.username_type == "email" %}
    data = {"email": "newcomer@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
{%- else %}
    data = {
        "username": "newcomer",
        "email": "newcomer@example.com",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
{%- endif %}
    return data | overrides


def login_data(user, password=PASSWORD):
    return {LOGIN_FIELD: user.get_username(), "password": password}


class UserModelTests(TestCase):
    def test_project_uses_custom_user_model(self):
        self.assertIs(get_user_model(), User)
{%- if cookiecutter.username_type == "email" %}

    def test_email_is_the_login_field(self):
        self.assertEqual(User.USERNAME_FIELD, "email")
        self.assertNotIn("username", {field.name for field in User._meta.get_fields()})

    def test_create_user_hashes_password_and_normalises_email(self):
        user = User.objects.create_user("alice@EXAMPLE.com", "s3cret-passphrase")

        self.assertEqual(user.email, "alice@example.com")
        self.assertTrue(user.check_password("s3cret-passphrase"))
        self.assertFalse(user.is_staff or user.is_superuser)

    def test_create_user_requires_email(self):
        with self.assertRaisesMessage(ValueError, "email"):
            User.objects.create_user("", "s3cret-passphrase")

    def test_create_superuser_grants_admin_rights(self):
        admin = User.objects.create_superuser("root@example.com", "s3cret-passphrase")

        self.assertTrue(admin.is_staff and admin.is_superuser)

    def test_superuser_must_be_staff(self):
        with self.assertRaisesMessage(ValueError, "is_staff=True"):
            User.objects.create_superuser("root@example.com", "s3cret-passphrase", is_staff=False)

    def test_user_is_shown_by_email(self):
        self.assertEqual(str(make_user("alice")), "alice@example.com")
{%- else %}

    def test_create_user_hashes_password(self):
        user = User.objects.create_user("alice", "alice@example.com", "s3cret-passphrase")

        self.assertNotEqual(user.password, "s3cret-passphrase")
        self.assertTrue(user.check_password("s3cret-passphrase"))
        self.assertFalse(user.is_staff or user.is_superuser)

    def test_create_superuser_grants_admin_rights(self):
        admin = User.objects.create_superuser("root", "root@example.com", "s3cret-passphrase")

        self.assertTrue(admin.is_staff and admin.is_superuser)

    def test_user_is_shown_by_username(self):
        self.assertEqual(str(make_user("alice")), "alice")
{%- endif %}


class SignupTests(TestCase):
    def test_page_has_the_account_fields(self):
        response = self.client.get(reverse("signup"))

        self.assertEqual(set(response.context_data["form"].fields), set(signup_data()))

    def test_creates_the_user_and_logs_them_in(self):
        response = self.client.post(reverse("signup"), signup_data())

        self.assertEqual(response.status_code, 302)
        user = User.objects.get(email="newcomer@example.com")
        self.assertTrue(user.check_password(NEW_PASSWORD))
        self.assertEqual(self.client.session["_auth_user_id"], str(user.pk))

    def test_rejects_mismatched_passwords(self):
        response = self.client.post(reverse("signup"), signup_data(password2="something-else"))

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context_data["form"].errors["password2"])
        self.assertFalse(User.objects.exists())

    def test_requires_an_email(self):
        response = self.client.post(reverse("signup"), signup_data(email=""))

        self.assertIn("email", response.context_data["form"].errors)


class LoginLogoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("alice")

    def test_login_form_names_its_fields(self):
        response = self.client.get(reverse("login"))

        self.assertEqual(set(response.context_data["form"].fields), {LOGIN_FIELD, "password"})

    def test_login_redirects_to_next(self):
        url = f"{reverse('login')}?next=/accounts/password_change/"

        response = self.client.post(url, login_data(self.user))

        self.assertRedirects(response, "/accounts/password_change/")

    def test_login_rejects_a_wrong_password(self):
        response = self.client.post(reverse("login"), login_data(self.user, "wrong-password"))

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context_data["form"].errors)
        self.assertNotIn("_auth_user_id", self.client.session)
{%- if cookiecutter.username_type == "email" %}

    def test_login_refuses_inactive_users(self):
        self.user.is_active = False
        self.user.save()

        self.client.post(reverse("login"), login_data(self.user))

        self.assertNotIn("_auth_user_id", self.client.session)
{%- endif %}

    def test_logout_needs_a_post(self):
        self.client.force_login(self.user)

        self.assertEqual(self.client.get(reverse("logout")).status_code, 405)
        response = self.client.post(reverse("logout"))

        self.assertEqual(response.status_code, 302)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_pages_offer_a_logout_form_to_logged_in_users(self):
        self.client.force_login(self.user)

        response = self.client.get(reverse("core:home"))

        self.assertContains(response, f'action="{reverse("logout")}"')

    def test_forms_without_csrf_token_are_rejected(self):
        for name, data in [("login", login_data(self.user)), ("signup", signup_data())]:
            with self.subTest(name):
                client = Client(enforce_csrf_checks=True)

                response = client.post(reverse(name), data)

                self.assertEqual(response.status_code, 403)
                self.assertNotIn("_auth_user_id", client.session)
                self.assertEqual(User.objects.count(), 1)


class LoginThrottlingTests(TestCase):
    """django-axes: failed logins lock the account, and the client address, for a while."""

    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("alice")

    def attempt_login(self, identifier, password, address):
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
        data = {"username": self.user.get_username(), "password": "wrong"}
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


class PasswordTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("alice")

    def test_password_change(self):
        self.client.force_login(self.user)
        data = {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        }

        response = self.client.post(reverse("password_change"), data)

        self.assertRedirects(response, reverse("password_change_done"))
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password(NEW_PASSWORD))

    def test_password_reset_mails_a_working_link(self):
        response = self.client.post(reverse("password_reset"), {"email": self.user.email})

        self.assertRedirects(response, reverse("password_reset_done"))
        self.assertEqual(len(mail.outbox), 1)
        link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
        form_page = self.client.get(link, follow=True)
        self.assertTrue(form_page.context_data["validlink"])
        response = self.client.post(
            form_page.redirect_chain[-1][0],
            {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        )
        self.assertRedirects(response, reverse("password_reset_complete"))
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password(NEW_PASSWORD))

    def test_password_reset_link_with_a_bad_token_is_refused(self):
        response = self.client.get(reverse("password_reset_confirm", args=["MQ", "bad-token"]))

        self.assertFalse(response.context_data["validlink"])


class UserAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = make_user("root", is_staff=True, is_superuser=True)
        cls.user = make_user("alice")
        cls.other_user = make_user("bob")

    def test_index_sends_anonymous_users_to_login(self):
        response = self.client.get(reverse("admin:index"))

        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.url.startswith(reverse("admin:login")))

    def test_lists_and_searches_users(self):
        self.client.force_login(self.admin)

        response = self.client.get(
            reverse("admin:users_user_changelist"), {"q": self.user.get_username()}
        )

        self.assertContains(response, self.user.get_username())
        self.assertNotContains(response, self.other_user.get_username())

    def test_adds_users(self):
        self.client.force_login(self.admin)
        data = {
{%- if cookiecutter.username_type == "email" %}
            "email": "added@example.com",
{%- else %}
            "username": "added",
{%- endif %}
            "usable_password": "true",
            "password1": "a-long-passphrase-for-the-admin",
            "password2": "a-long-passphrase-for-the-admin",
        }

        response = self.client.post(reverse("admin:users_user_add"), data)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(User.objects.count(), 4)

    def test_staff_without_permissions_cannot_manage_users(self):
        self.client.force_login(make_user("staff", is_staff=True))

        response = self.client.get(reverse("admin:users_user_changelist"))

        self.assertEqual(response.status_code, 403)
