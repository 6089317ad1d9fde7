"""The JSON API for posts: reading, paging, writing with credentials, ownership, bad input."""

from base64 import b64encode

import pytest

from {{ cookiecutter.project_slug }}.posts import store


def basic(identifier: str, password: str) -> dict:
    token = b64encode(f"{identifier}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture
def as_user(user, password):
    return basic("ada", password)


@pytest.fixture
def as_other(make_user, password):
    make_user("bob")
    return basic("bob", password)


@pytest.fixture
def as_staff(staff, password):
    return basic("grace", password)


@pytest.fixture
def post(user):
    return store.create_post("Hello", "First post", store.user_id(user))


def test_list_is_paginated_newest_first(client, user):
    for n in range(12):
        store.create_post(f"Post {n}", "Body", store.user_id(user))

    first = client.get("/api/posts/")
    second = client.get(first.json["next"])

    assert first.status_code == 200
    assert first.json["count"] == 12
    assert first.json["previous"] is None
    assert first.json["next"] == "http://localhost/api/posts/?page=2"
    assert [p["title"] for p in first.json["results"]] == [f"Post {n}" for n in range(11, 1, -1)]
    assert second.json["next"] is None
    assert second.json["previous"] == "http://localhost/api/posts/?page=1"
    assert [p["title"] for p in second.json["results"]] == ["Post 1", "Post 0"]


def test_an_empty_list_and_a_page_past_the_end(client):
    assert client.get("/api/posts/").json == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }
    assert client.get("/api/posts/?page=2").status_code == 404


def test_detail_shows_a_post(client, post):
    response = client.get(f"/api/posts/{post.id}/")

    assert response.status_code == 200
    assert response.json == {
        "id": post.id,
        "title": "Hello",
        "body": "First post",
        "author": "ada",
        "created": post.created.isoformat(),
    }


def test_detail_of_an_unknown_post_is_404(client):
    assert client.get("/api/posts/999999/").status_code == 404


def test_create_needs_credentials(client, user):
    anonymous = client.post("/api/posts/", json={"title": "T", "body": "B"})
    wrong = client.post("/api/posts/", json={"title": "T", "body": "B"}, headers=basic("ada", "no"))

    assert anonymous.status_code == 401
    assert anonymous.headers["WWW-Authenticate"].startswith("Basic")
    assert wrong.status_code == 401
    assert store.list_posts()[1] == 0


@pytest.mark.parametrize("identifier", ["ada", "ada@example.com"])
def test_create_with_username_or_email(client, user, password, identifier):
    response = client.post(
        "/api/posts/", json={"title": " New ", "body": "Text"}, headers=basic(identifier, password)
    )

    assert response.status_code == 201
    assert response.json["title"] == "New"
    assert response.json["author"] == "ada"
    assert store.get_post(response.json["id"]).title == "New"


@pytest.mark.parametrize(
    "payload",
    [
        {"body": "no title"},
        {"title": "", "body": "empty title"},
        {"title": "   ", "body": "blank title"},
        {"title": "x" * 201, "body": "title too long"},
        {"title": 42, "body": "not a string"},
        {"title": "no body"},
        ["not", "an", "object"],
    ],
)
def test_create_rejects_invalid_input(client, as_user, payload):
    response = client.post("/api/posts/", json=payload, headers=as_user)

    assert response.status_code in (400, 422)
    assert store.list_posts()[1] == 0


def test_create_rejects_malformed_json(client, as_user):
    response = client.post(
        "/api/posts/", data="{not json", content_type="application/json", headers=as_user
    )

    assert response.status_code in (400, 422)
    assert store.list_posts()[1] == 0


def test_author_replaces_and_patches_a_post(client, post, as_user):
    url = f"/api/posts/{post.id}/"
    put = client.put(url, json={"title": "New", "body": "Rewritten"}, headers=as_user)
    patch = client.patch(url, json={"title": "Newer"}, headers=as_user)

    assert put.status_code == 200
    assert put.json["body"] == "Rewritten"
    assert patch.status_code == 200
    assert patch.json["title"] == "Newer"
    assert patch.json["body"] == "Rewritten"
    assert store.get_post(post.id).title == "Newer"


def test_update_rejects_invalid_input(client, post, as_user):
    put = client.put(f"/api/posts/{post.id}/", json={"title": "Only a title"}, headers=as_user)
    patch = client.patch(f"/api/posts/{post.id}/", json={"title": ""}, headers=as_user)

    assert put.status_code in (400, 422)
    assert patch.status_code in (400, 422)
    assert store.get_post(post.id).title == "Hello"


def test_others_may_not_change_a_post(client, post, as_other):
    patch = client.patch(f"/api/posts/{post.id}/", json={"title": "Mine"}, headers=as_other)
    delete = client.delete(f"/api/posts/{post.id}/", headers=as_other)

    assert patch.status_code == 403
    assert delete.status_code == 403
    assert store.get_post(post.id).title == "Hello"


def test_anonymous_may_not_change_a_post(client, post):
    assert client.patch(f"/api/posts/{post.id}/", json={"title": "X"}).status_code == 401
    assert client.delete(f"/api/posts/{post.id}/").status_code == 401
    assert store.get_post(post.id) is not None


def test_staff_may_change_any_post(client, post, as_staff):
    patch = client.patch(f"/api/posts/{post.id}/", json={"title": "Moderated"}, headers=as_staff)
    delete = client.delete(f"/api/posts/{post.id}/", headers=as_staff)

    assert patch.status_code == 200
    assert delete.status_code == 204
    assert store.get_post(post.id) is None


def test_author_deletes_a_post(client, post, as_user):
    response = client.delete(f"/api/posts/{post.id}/", headers=as_user)

    assert response.status_code == 204
    assert response.data == b""
    assert store.get_post(post.id) is None


def test_changing_an_unknown_post_is_404(client, as_user):
    patch = client.patch("/api/posts/999999/", json={"title": "X"}, headers=as_user)
    delete = client.delete("/api/posts/999999/", headers=as_user)

    assert patch.status_code == 404
    assert delete.status_code == 404
{%- if cookiecutter.__rest_api == "flask-smorest" %}


def test_openapi_document_describes_the_posts_api(client):
    response = client.get("/api/openapi.json")

    assert response.status_code == 200
    document = response.json
    assert document["openapi"].startswith("3.")
    assert {"/api/posts/", "/api/posts/{post_id}/"} <= set(document["paths"])
{%- elif cookiecutter.__rest_api == "flask-restx" %}


def test_swagger_document_describes_the_posts_api(client):
    response = client.get("/api/swagger.json")

    assert response.status_code == 200
    document = response.json
    assert document["swagger"] == "2.0"
    assert document["basePath"] == "/api"
    assert {"/posts/", "/posts/{post_id}/"} <= set(document["paths"])
    assert client.get("/api/docs").status_code == 200
{%- endif %}
