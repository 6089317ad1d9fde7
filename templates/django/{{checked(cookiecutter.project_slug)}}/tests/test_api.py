"""The JSON API: reading for everyone, writing with authentication, changing for authors."""

import base64

import pytest
from django.conf import settings
from django.test import Client
{%- if cookiecutter.rest_api == "drf" %}
from rest_framework.throttling import AnonRateThrottle

from {{ cookiecutter.project_slug }}.posts.models import Post
{%- else %}
from ninja.throttling import AnonRateThrottle

from {{ cookiecutter.project_slug }}.api.urls import api
from {{ cookiecutter.project_slug }}.posts.models import Post
{%- endif %}

from tests.factories import PASSWORD, PostFactory

pytestmark = pytest.mark.django_db
{%- if cookiecutter.rest_api == "drf" %}

# How each API library answers a request it cannot validate, and names a post in its paths.
INVALID = 400
DETAIL_PATH = "/api/posts/{id}/"
{%- else %}

# How each API library answers a request it cannot validate, and names a post in its paths.
INVALID = 422
DETAIL_PATH = "/api/posts/{post_id}/"
{%- endif %}


def basic_auth(user, password=PASSWORD):
    token = base64.b64encode(f"{user.get_username()}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def post_json(client, path, data, **extra):
    return client.post(path, data, content_type="application/json", **extra)


def test_list_is_paginated_newest_first(client):
    posts = PostFactory.create_batch(11)

    first = client.get("/api/posts/").json()
    second = client.get(first["next"]).json()

    assert first["count"] == 11
    assert [item["id"] for item in first["results"]] == [post.pk for post in posts[::-1][:10]]
    assert first["previous"] is None
    assert [item["id"] for item in second["results"]] == [posts[0].pk]
    assert second["next"] is None
    assert second["previous"]
    assert client.get("/api/posts/", {"page": 3}).status_code == 404


def test_detail_has_the_post_fields(client, post):
    response = client.get(f"/api/posts/{post.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["id"] == post.pk
    assert (data["title"], data["body"]) == (post.title, post.body)
    assert data["author"] == post.author.get_username()
    assert data["created"].startswith(str(post.created.year))


def test_unknown_post_is_404(client):
    assert client.get("/api/posts/999999/").status_code == 404


def test_anonymous_writes_are_refused(client):
    response = post_json(client, "/api/posts/", {"title": "T", "body": "B"})

    assert response.status_code == 401
    assert not Post.objects.exists()


def test_wrong_password_is_refused(client, user):
    response = post_json(
        client, "/api/posts/", {"title": "T", "body": "B"}, headers=basic_auth(user, "wrong")
    )

    assert response.status_code == 401
    assert not Post.objects.exists()


def test_repeated_wrong_passwords_lock_the_account(client, user):
    data = {"title": "T", "body": "B"}
    wrong = basic_auth(user, "wrong")
    for number in range(settings.AXES_FAILURE_LIMIT):
        address = f"198.51.100.{number}"
        response = post_json(client, "/api/posts/", data, headers=wrong, REMOTE_ADDR=address)

    assert response.status_code == 429
    assert response["Retry-After"] == str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    assert response.json()["detail"]
    response = post_json(client, "/api/posts/", data, headers=basic_auth(user), REMOTE_ADDR="::1")
    assert response.status_code == 429
    assert not Post.objects.exists()


def test_create_with_basic_auth(client, user):
    response = post_json(
        client, "/api/posts/", {"title": "T", "body": "B"}, headers=basic_auth(user)
    )

    assert response.status_code == 201
    post = Post.objects.get()
    assert response.json()["id"] == post.pk
    assert post.author == user


def test_create_with_the_session_needs_the_csrf_token(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)

    response = post_json(client, "/api/posts/", {"title": "T", "body": "B"})

    assert response.status_code in (401, 403)
    assert not Post.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"body": "no title"},
        {"title": "", "body": "empty title"},
        {"title": "x" * 201, "body": "title too long"},
        {"title": 12, "body": ["not", "text"]},
    ],
    ids=["missing-title", "empty-title", "long-title", "wrong-types"],
)
def test_invalid_posts_are_refused(client, user, data):
    response = post_json(client, "/api/posts/", data, headers=basic_auth(user))

    assert response.status_code == INVALID
    assert not Post.objects.exists()


def test_malformed_json_is_refused(client, user):
    response = post_json(client, "/api/posts/", "{not json", headers=basic_auth(user))

    assert response.status_code in (400, 422)
    assert not Post.objects.exists()


def test_author_updates_and_deletes(client, post):
    auth = basic_auth(post.author)
    url = f"/api/posts/{post.pk}/"

    patched = client.patch(url, {"title": "Renamed"}, content_type="application/json", headers=auth)
    replaced = client.put(
        url, {"title": "Replaced", "body": "New"}, content_type="application/json", headers=auth
    )
    deleted = client.delete(url, headers=auth)

    assert patched.status_code == 200
    assert patched.json()["title"] == "Renamed"
    assert patched.json()["body"] == post.body
    assert replaced.status_code == 200
    assert (replaced.json()["title"], replaced.json()["body"]) == ("Replaced", "New")
    assert deleted.status_code == 204
    assert not Post.objects.exists()


def test_patch_refuses_an_empty_title(client, post):
    response = client.patch(
        f"/api/posts/{post.pk}/",
        {"title": ""},
        content_type="application/json",
        headers=basic_auth(post.author),
    )

    assert response.status_code == INVALID
    post.refresh_from_db()
    assert post.title


def test_other_users_cannot_change_a_post(client, post, other_user):
    url = f"/api/posts/{post.pk}/"
    auth = basic_auth(other_user)

    patched = client.patch(
        url, {"title": "Mine now"}, content_type="application/json", headers=auth
    )
    deleted = client.delete(url, headers=auth)

    assert patched.status_code == 403
    assert deleted.status_code == 403
    post.refresh_from_db()
    assert post.title != "Mine now"


def test_staff_change_any_post(client, post, staff_user):
    response = client.patch(
        f"/api/posts/{post.pk}/",
        {"title": "Moderated"},
        content_type="application/json",
        headers=basic_auth(staff_user),
    )

    assert response.status_code == 200
    post.refresh_from_db()
    assert post.title == "Moderated"


def test_openapi_document_describes_the_posts(client):
    response = client.get("/api/openapi.json")

    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert "/api/posts/" in document["paths"]
    assert DETAIL_PATH in document["paths"]


def test_anonymous_clients_are_throttled(client, monkeypatch):
{%- if cookiecutter.rest_api == "drf" %}
    # DRF reads the rate when a throttle is created, unless the class names one.
    monkeypatch.setattr(AnonRateThrottle, "rate", "2/minute", raising=False)
{%- else %}
    throttle = next(t for t in api.throttle if isinstance(t, AnonRateThrottle))
    monkeypatch.setattr(throttle, "num_requests", 2)
{%- endif %}

    statuses = [client.get("/api/posts/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
{%- if cookiecutter.rest_api == "drf" %}


def test_browsable_api_renders_for_browsers(client, post):
    response = client.get("/api/posts/", headers={"accept": "text/html"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert post.title in response.content.decode()
{%- endif %}
