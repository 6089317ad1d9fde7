"""Users log in with their email address: the manager keys accounts on it."""

from django.test import TestCase

from {{ cookiecutter.project_slug }}.users.models import User


class EmailLoginTests(TestCase):
    def test_email_is_the_login_field(self):
        self.assertEqual(User.USERNAME_FIELD, "email")
        self.assertNotIn("username", {field.name for field in User._meta.get_fields()})

    def test_create_user_normalises_the_email(self):
        user = User.objects.create_user("alice@EXAMPLE.com", "s3cret-passphrase")

        self.assertEqual(user.email, "alice@example.com")
        self.assertEqual(user.get_username(), "alice@example.com")

    def test_create_user_requires_an_email(self):
        with self.assertRaisesMessage(ValueError, "email"):
            User.objects.create_user("", "s3cret-passphrase")
