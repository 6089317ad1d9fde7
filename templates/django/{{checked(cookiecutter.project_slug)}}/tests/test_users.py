"""The project's own user model and its manager."""

from django.contrib.auth import get_user_model
from django.test import RequestFactory, TestCase

from {{ cookiecutter.project_slug }}.users.models import User

from .factories import PASSWORD, account_fields, login_data, make_user


class UserModelTests(TestCase):
    def test_project_uses_custom_user_model(self):
        self.assertIs(get_user_model(), User)

    def test_create_user_hashes_password(self):
        user = make_user("alice")

        self.assertIsNotNone(user.pk)
        self.assertNotEqual(user.password, PASSWORD)
        self.assertTrue(user.check_password(PASSWORD))
        self.assertFalse(user.is_staff or user.is_superuser)

    def test_create_superuser_grants_admin_rights(self):
        admin = User.objects.create_superuser(**account_fields("root"), password=PASSWORD)

        self.assertTrue(admin.is_staff and admin.is_superuser)

    def test_superuser_must_be_staff(self):
        with self.assertRaisesMessage(ValueError, "is_staff=True"):
            User.objects.create_superuser(
                **account_fields("root"), password=PASSWORD, is_staff=False
            )

    def test_user_is_shown_by_the_name_they_log_in_with(self):
        user = make_user("alice")

        self.assertEqual(str(user), user.get_username())

    def test_user_can_log_in(self):
        user = make_user("alice")

        # django-axes checks every login against the request that carries it.
        self.assertTrue(self.client.login(request=RequestFactory().post("/"), **login_data(user)))
