import pytest
from django.contrib.auth import get_user_model

from {{ cookiecutter.project_slug }}.users.models import User

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_project_uses_custom_user_model():
    assert get_user_model() is User
{%- if cookiecutter.username_type == "email" %}


def test_email_is_the_login_field():
    assert User.USERNAME_FIELD == "email"
    assert "username" not in {field.name for field in User._meta.get_fields()}


def test_create_user_hashes_password_and_normalises_email():
    user = User.objects.create_user("alice@EXAMPLE.com", "s3cret-passphrase")

    assert user.pk is not None
    assert user.email == "alice@example.com"
    assert user.password != "s3cret-passphrase"
    assert user.check_password("s3cret-passphrase")
    assert not user.is_staff
    assert not user.is_superuser


def test_create_user_requires_email():
    with pytest.raises(ValueError, match="email"):
        User.objects.create_user("", "s3cret-passphrase")


def test_create_superuser_grants_admin_rights():
    admin = User.objects.create_superuser("root@example.com", "s3cret-passphrase")

    assert admin.is_staff
    assert admin.is_superuser


def test_superuser_must_be_staff():
    with pytest.raises(ValueError, match="is_staff=True"):
        User.objects.create_superuser("root@example.com", "s3cret-passphrase", is_staff=False)


def test_user_is_shown_by_email(user):
    assert str(user) == user.email


def test_factory_user_can_log_in(client, rf, user):
    # django-axes checks every login against the request that carries it.
    assert client.login(request=rf.post("/"), email=user.email, password=PASSWORD)
{%- else %}


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


def test_factory_user_can_log_in(client, rf, user):
    # django-axes checks every login against the request that carries it.
    assert client.login(request=rf.post("/"), username=user.username, password=PASSWORD)
{%- endif %}
