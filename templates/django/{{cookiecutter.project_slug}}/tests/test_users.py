import pytest
from django.contrib.auth import get_user_model

from {{ cookiecutter.project_slug }}.users.models import User

pytestmark = pytest.mark.django_db


def test_project_uses_custom_user_model():
    assert get_user_model() is User


def test_create_user_hashes_password():
    user = User.objects.create_user("alice", "alice@example.com", "s3cret-passphrase")

    assert user.pk is not None
    assert user.password != "s3cret-passphrase"
    assert user.check_password("s3cret-passphrase")
    assert not user.is_staff
    assert not user.is_superuser


def test_create_superuser_grants_admin_rights():
    admin = User.objects.create_superuser("root", "root@example.com", "s3cret-passphrase")

    assert admin.is_staff
    assert admin.is_superuser


def test_user_is_shown_by_username(user):
    assert str(user) == user.username


def test_factory_user_can_log_in(client, user):
    assert client.login(username=user.username, password="correct-horse-battery-staple")
