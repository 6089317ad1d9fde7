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


def test_admin_lists_and_searches_users(admin_client, user, other_user):
    response = admin_client.get(reverse("admin:users_user_changelist"), {"q": user.get_username()})

    assert response.status_code == 200
    assert user.get_username() in response.content.decode()
    assert other_user.get_username() not in response.content.decode()


def test_admin_adds_users(admin_client):
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

    response = admin_client.post(reverse("admin:users_user_add"), data)

    assert response.status_code == 302
    assert admin_client.get(response.url).status_code == 200


def test_staff_without_permissions_cannot_manage_users(client, staff_user):
    client.force_login(staff_user)

    response = client.get(reverse("admin:users_user_changelist"))

    assert response.status_code == 403
{%- if cookiecutter.example_app %}


def test_admin_lists_and_searches_posts(admin_client, post):
    response = admin_client.get(reverse("admin:posts_post_changelist"), {"q": post.title})

    assert response.status_code == 200
    assert post.title in response.content.decode()


def test_admin_edits_posts(admin_client, post):
    response = admin_client.get(reverse("admin:posts_post_change", args=[post.pk]))

    assert response.status_code == 200
    assert post.body in response.content.decode()
{%- endif %}
