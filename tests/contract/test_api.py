"""Contract: the JSON API: CRUD with authentication, ownership, pagination, bad input refused."""

import pytest

from tests.contract.actions import login_id, served, signup
from tests.contract.client import basic_auth

pytestmark = pytest.mark.smoke

BAD_BODIES = [
    {"body": "no title"},
    {"title": "", "body": "empty title"},
    {"title": "x" * 201, "body": "title too long"},
    {"title": 12, "body": ["not", "text"]},
    b"{not json",
]


def _auth(site, credentials):
    return basic_auth(login_id(site, credentials), credentials.password)


def _count(client):
    response = client.get("/api/posts/")
    assert response.status == 200, response.body
    return response.json()["count"]


def test_list_has_the_paginated_shape(site):
    if not served(site, "api"):
        return
    response = site.client().get("/api/posts/")
    assert response.status == 200
    assert response.content_type.startswith("application/json")
    page = response.json()
    assert set(page) >= {"count", "next", "previous", "results"}
    assert isinstance(page["results"], list)


def test_writes_need_authentication(site):
    if not served(site, "api"):
        return
    client = site.client()
    before = _count(client)
    response = client.request("POST", "/api/posts/", json_body={"title": "t", "body": "b"})
    assert response.status in (401, 403)
    wrong = basic_auth(site.staff.username, "not-the-password")
    response = client.request(
        "POST", "/api/posts/", json_body={"title": "t", "body": "b"}, headers=wrong
    )
    assert response.status in (401, 403)
    assert _count(client) == before


def test_crud_by_the_author(site):
    if not served(site, "api"):
        return
    client, auth = site.client(), _auth(site, site.staff)
    created = client.request(
        "POST", "/api/posts/", json_body={"title": "API post", "body": "Hello"}, headers=auth
    )
    assert created.status == 201, created.body
    post = created.json()
    assert post["title"] == "API post" and post["body"] == "Hello"
    assert {"id", "author", "created"} <= set(post)

    fetched = client.get(f"/api/posts/{post['id']}/")
    assert fetched.status == 200 and fetched.json()["title"] == "API post"

    patched = client.request(
        "PATCH", f"/api/posts/{post['id']}/", json_body={"title": "Renamed"}, headers=auth
    )
    assert patched.status == 200, patched.body
    assert patched.json()["title"] == "Renamed"

    deleted = client.request("DELETE", f"/api/posts/{post['id']}/", headers=auth)
    assert deleted.status == 204, deleted.body
    assert client.get(f"/api/posts/{post['id']}/").status == 404


@pytest.mark.parametrize(
    "bad",
    BAD_BODIES,
    ids=["missing-title", "empty-title", "long-title", "wrong-types", "malformed"],
)
def test_bad_input_is_refused_and_nothing_written(site, bad):
    if not served(site, "api"):
        return
    client, auth = site.client(), _auth(site, site.staff)
    before = _count(client)
    response = client.request("POST", "/api/posts/", json_body=bad, headers=auth)
    assert response.status in (400, 422), f"{response.status}: {response.body[:500]}"
    assert _count(client) == before


def test_only_the_author_or_staff_may_change_a_post(site):
    if not served(site, "api"):
        return
    if not site.has("accounts"):
        return  # only staff exist without signup: the author case is test_crud_by_the_author
    client = site.client()
    _, author = signup(site)
    _, other = signup(site)
    post = client.request(
        "POST", "/api/posts/", json_body={"title": "Mine", "body": "b"}, headers=_auth(site, author)
    ).json()
    denied = client.request(
        "PATCH",
        f"/api/posts/{post['id']}/",
        json_body={"title": "Theirs"},
        headers=_auth(site, other),
    )
    assert denied.status in (403, 404)
    denied = client.request("DELETE", f"/api/posts/{post['id']}/", headers=_auth(site, other))
    assert denied.status in (403, 404)
    assert client.get(f"/api/posts/{post['id']}/").json()["title"] == "Mine"
    by_staff = client.request(
        "PATCH",
        f"/api/posts/{post['id']}/",
        json_body={"title": "Moderated"},
        headers=_auth(site, site.staff),
    )
    assert by_staff.status == 200


def test_pagination_pages_through_ten_at_a_time(site):
    if not served(site, "api"):
        return
    client, auth = site.client(), _auth(site, site.staff)
    for number in range(11):
        response = client.request(
            "POST", "/api/posts/", json_body={"title": f"Page {number}", "body": "b"}, headers=auth
        )
        assert response.status == 201
    first = client.get("/api/posts/").json()
    assert len(first["results"]) == 10
    assert first["count"] >= 11 and first["next"]
    assert first["results"][0]["title"] == "Page 10"
    second = client.get("/api/posts/?page=2").json()
    assert second["results"] and second["previous"]


def test_openapi_document_describes_the_posts(site):
    if not served(site, "openapi"):
        return
    response = site.client().get("/api/openapi.json")
    assert response.status == 200
    document = response.json()
    assert str(document["openapi"]).startswith("3.")
    assert any(path.rstrip("/") == "/api/posts" for path in document["paths"]), list(
        document["paths"]
    )


def test_jwt_token_pair_authorises_writes(site):
    if not served(site, "jwt"):
        return
    client = site.client()
    field = "email" if site.has("email_login") else "username"
    bad = client.request(
        "POST", "/api/token/", json_body={field: login_id(site, site.staff), "password": "nope"}
    )
    assert bad.status == 401
    token = client.request(
        "POST",
        "/api/token/",
        json_body={field: login_id(site, site.staff), "password": site.staff.password},
    )
    assert token.status == 200, token.body
    pair = token.json()
    assert pair["access"] and pair["refresh"]
    created = client.request(
        "POST",
        "/api/posts/",
        json_body={"title": "By JWT", "body": "b"},
        headers={"Authorization": f"Bearer {pair['access']}"},
    )
    assert created.status == 201, created.body
