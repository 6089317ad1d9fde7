import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_admin_login_page_is_reachable(client):
    response = client.get(reverse("admin:login"))

    assert response.status_code == 200


def test_admin_index_sends_anonymous_users_to_login(client):
    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_admin_lists_users(admin_client, user):
    response = admin_client.get(reverse("admin:users_user_changelist"))

    assert response.status_code == 200
    assert user.username in response.content.decode()


def test_staff_without_permissions_cannot_manage_users(client, user):
    user.is_staff = True
    user.save()
    client.force_login(user)

    response = client.get(reverse("admin:users_user_changelist"))

    assert response.status_code == 403
