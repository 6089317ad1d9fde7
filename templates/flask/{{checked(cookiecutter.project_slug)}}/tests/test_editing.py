"""Writing posts: signed-in users create them; only authors and staff change them."""

import pytest

from {{ cookiecutter.project_slug }}.posts import store


@pytest.fixture
def post(user):
    return store.create_post("Original", "Original body", store.user_id(user))


@pytest.mark.usefixtures("app")
def test_anonymous_users_are_sent_to_login_and_back(client):
    response = client.get("/posts/new/")

    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/login/?next=/posts/new/"


@pytest.mark.usefixtures("user")
def test_new_post_form_has_title_and_body(client, login):
    login("ada")

    page = client.get("/posts/new/").get_data(as_text=True)

    assert 'name="title"' in page
    assert 'name="body"' in page
    assert 'name="csrf_token"' in page


def test_valid_post_is_created_and_shown(client, login, csrf_token, user):
    login("ada")

    response = client.post(
        "/posts/new/", data={"title": "Hello", "body": "World", "csrf_token": csrf_token()}
    )

    posts, total = store.list_posts()
    assert total == 1
    assert response.status_code == 302
    assert response.headers["Location"] == f"/posts/{posts[0].id}/"
    assert (posts[0].title, posts[0].body) == ("Hello", "World")
    assert posts[0].author_id == store.user_id(user)


@pytest.mark.parametrize(
    ("title", "body"),
    [("", "Body"), ("   ", "Body"), ("x" * 201, "Body"), ("Title", "")],
)
@pytest.mark.usefixtures("user")
def test_invalid_post_shows_the_form_again_and_creates_nothing(
    client, login, csrf_token, title, body
):
    login("ada")

    response = client.post(
        "/posts/new/", data={"title": title, "body": body, "csrf_token": csrf_token()}
    )

    assert response.status_code == 200
    assert 'class="error"' in response.get_data(as_text=True)
    assert store.list_posts()[1] == 0


@pytest.mark.usefixtures("user")
def test_post_without_csrf_token_is_rejected(client, login):
    login("ada")

    response = client.post("/posts/new/", data={"title": "Hello", "body": "World"})

    assert response.status_code == 400
    assert store.list_posts()[1] == 0


def test_author_edits_their_post(client, login, csrf_token, post):
    login("ada")
    form = client.get(f"/posts/{post.id}/edit/").get_data(as_text=True)
    assert 'value="Original"' in form

    response = client.post(
        f"/posts/{post.id}/edit/",
        data={"title": "Changed", "body": "New body", "csrf_token": csrf_token()},
    )

    assert response.status_code == 302
    assert response.headers["Location"] == f"/posts/{post.id}/"
    assert store.get_post(post.id).title == "Changed"


def test_edit_form_shows_errors(client, login, csrf_token, post):
    login("ada")

    response = client.post(
        f"/posts/{post.id}/edit/", data={"title": "", "body": "x", "csrf_token": csrf_token()}
    )

    assert response.status_code == 200
    assert store.get_post(post.id).title == "Original"


def test_detail_offers_edit_and_delete_to_the_author_only(client, login, make_user, post):
    make_user("bob")
    assert "Delete" not in client.get(f"/posts/{post.id}/").get_data(as_text=True)

    login("bob")
    assert "Delete" not in client.get(f"/posts/{post.id}/").get_data(as_text=True)

    login("ada")
    assert "Delete" in client.get(f"/posts/{post.id}/").get_data(as_text=True)


def test_other_users_may_not_edit_or_delete(client, login, csrf_token, make_user, post):
    make_user("bob")
    login("bob")

    data = {"title": "Hijacked", "body": "x", "csrf_token": csrf_token()}
    assert client.get(f"/posts/{post.id}/edit/").status_code == 403
    assert client.post(f"/posts/{post.id}/edit/", data=data).status_code == 403
    delete = client.post(f"/posts/{post.id}/delete/", data={"csrf_token": csrf_token()})
    assert delete.status_code == 403
    assert store.get_post(post.id).title == "Original"


def test_staff_may_edit_any_post(client, login, csrf_token, staff, post):
    login("grace")

    response = client.post(
        f"/posts/{post.id}/edit/",
        data={"title": "Moderated", "body": "x", "csrf_token": csrf_token()},
    )

    assert response.status_code == 302
    assert store.get_post(post.id).title == "Moderated"


def test_anonymous_users_may_not_edit_or_delete(client, post):
    edit = client.get(f"/posts/{post.id}/edit/")

    assert edit.status_code == 302
    assert edit.headers["Location"].startswith("/accounts/login/")
    assert client.post(f"/posts/{post.id}/delete/").status_code == 400


def test_author_deletes_their_post(client, login, csrf_token, post):
    login("ada")

    response = client.post(f"/posts/{post.id}/delete/", data={"csrf_token": csrf_token()})

    assert response.status_code == 302
    assert response.headers["Location"] == "/posts/"
    assert store.get_post(post.id) is None


@pytest.mark.usefixtures("user")
def test_editing_an_unknown_post_is_not_found(client, login):
    login("ada")

    assert client.get("/posts/999999/edit/").status_code == 404
