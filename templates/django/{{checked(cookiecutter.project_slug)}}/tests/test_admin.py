"""The admin: staff only, and the project's users managed there."""

from django.test import TestCase
from django.urls import reverse

from {{ cookiecutter.project_slug }}.users.models import User

from .factories import account_fields, make_user


class UserAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = make_user("root", is_staff=True, is_superuser=True)
        cls.user = make_user("alice")
        cls.other_user = make_user("bob")

    def test_login_page_is_reachable(self):
        self.assertEqual(self.client.get(reverse("admin:login")).status_code, 200)

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
        data = account_fields("added") | {
            "usable_password": "true",
            "password1": "a-long-passphrase-for-the-admin",
            "password2": "a-long-passphrase-for-the-admin",
        }

        response = self.client.post(reverse("admin:users_user_add"), data)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get(response.url).status_code, 200)
        self.assertEqual(User.objects.count(), 4)

    def test_staff_without_permissions_cannot_manage_users(self):
        self.client.force_login(make_user("staff", is_staff=True))

        response = self.client.get(reverse("admin:users_user_changelist"))

        self.assertEqual(response.status_code, 403)
