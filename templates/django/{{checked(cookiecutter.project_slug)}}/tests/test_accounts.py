"""Signing up, logging in and out, changing and resetting passwords."""

import re

from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse

from {{ cookiecutter.project_slug }}.users.models import User

from .factories import LOGIN_FIELD, NEW_PASSWORD, PASSWORD, login_data, make_user, signup_data


class SignupTests(TestCase):
    def test_page_has_the_account_fields(self):
        response = self.client.get(reverse("signup"))

        self.assertEqual(response.status_code, 200)
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

        self.assertEqual(response.status_code, 200)
        self.assertIn("email", response.context_data["form"].errors)


class LoginLogoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("alice")

    def test_login_form_names_its_fields(self):
        response = self.client.get(reverse("login"))

        self.assertEqual(response.status_code, 200)
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

    def test_login_requires_a_password(self):
        response = self.client.post(reverse("login"), login_data(self.user, password=""))

        self.assertEqual(response.status_code, 200)
        self.assertIn("password", response.context_data["form"].errors)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_login_refuses_inactive_users(self):
        self.user.is_active = False
        self.user.save()

        response = self.client.post(reverse("login"), login_data(self.user))

        self.assertEqual(response.status_code, 200)
        self.assertNotIn("_auth_user_id", self.client.session)

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

        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.context_data["validlink"])
