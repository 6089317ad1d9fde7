"""The posts pages everyone may read."""

import pytest

from {{ cookiecutter.project_slug }}.posts import store

XSS = "<script>alert(1)</script>"


@pytest.fixture
def posts(user):
    return [store.create_post(f"Post {n}", f"Body {n}", store.user_id(user)) for n in range(12)]


@pytest.mark.usefixtures("app")
def test_empty_list(client):
    response = client.get("/posts/")

    assert response.status_code == 200
    assert "No posts yet." in response.get_data(as_text=True)


@pytest.mark.usefixtures("posts")
def test_list_is_paginated_ten_per_page_newest_first(client):
    first = client.get("/posts/").get_data(as_text=True)
    second = client.get("/posts/?page=2").get_data(as_text=True)

    assert "Post 11" in first
    assert "Post 2<" in first
    assert "Post 1<" not in first
    assert "Page 1 of 2" in first
    assert "Post 1<" in second
    assert "Post 0<" in second
    assert "Post 11" not in second


@pytest.mark.parametrize("page", ["0", "3", "-1"])
@pytest.mark.usefixtures("posts")
def test_pages_outside_the_list_are_not_found(client, page):
    assert client.get(f"/posts/?page={page}").status_code == 404


def test_detail_shows_escaped_title_and_body(client, user):
    post = store.create_post(XSS, f"Body {XSS}", store.user_id(user))

    response = client.get(f"/posts/{post.id}/")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert XSS not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "ada" in page


@pytest.mark.parametrize("post_id", ["999999", "not-an-id"])
@pytest.mark.usefixtures("app")
def test_unknown_post_is_not_found(client, post_id):
    assert client.get(f"/posts/{post_id}/").status_code == 404


def test_home_page_lists_the_latest_posts(client, posts):
    page = client.get("/").get_data(as_text=True)

    assert f'href="/posts/{posts[-1].id}/"' in page
    assert "Post 11" in page
    assert "Post 1<" not in page
