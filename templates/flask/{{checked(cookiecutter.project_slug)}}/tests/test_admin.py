"""The admin site: staff only."""

import re

import pytest

from {{ cookiecutter.project_slug }}.posts import store


@pytest.mark.parametrize("path", ["/admin/", "/admin/user/", "/admin/post/"])
@pytest.mark.usefixtures("app")
def test_anonymous_users_are_sent_to_login(client, path):
    response = client.get(path)

    assert response.status_code == 302
    assert response.headers["Location"] == f"/accounts/login/?next={path}"


@pytest.mark.usefixtures("user")
def test_users_who_are_not_staff_are_refused(client, login):
    login("ada")

    assert client.get("/admin/").status_code == 403
    assert client.get("/admin/post/").status_code == 403


def test_staff_browse_users_and_posts(client, login, staff, user):
    store.create_post("Admin sees this", "Body", store.user_id(user))
    login("grace")

    assert client.get("/admin/").status_code == 200
    users = client.get("/admin/user/").get_data(as_text=True)
    posts = client.get("/admin/post/").get_data(as_text=True)

    assert "ada@example.com" in users
    assert "Admin sees this" in posts


def test_staff_edit_a_post_with_the_admin_csrf_token(client, login, staff, user):
    post = store.create_post("Before", "Body", store.user_id(user))
    login("grace")
    url = f"/admin/post/edit/?id={post.id}"
    form = client.get(url).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form)
    data = {"title": "After", "body": "Body", "author": str(store.user_id(user))}

    refused = client.post(url, data=data)
    assert store.get_post(post.id).title == "Before"
    assert refused.status_code == 200

    client.post(url, data=data | {"csrf_token": token.group(1)})
    assert store.get_post(post.id).title == "After"
