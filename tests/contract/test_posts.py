"""Contract: posts through the HTML forms, with login, ownership, validation and escaping."""

import pytest

from tests.contract.actions import (
    REDIRECT,
    any_csrf_form_fields,
    create_post,
    login,
    served,
    signup,
)

pytestmark = pytest.mark.smoke


def test_new_post_needs_login(site):
    if not served(site, "posts"):
        return
    response = site.client().get("/posts/new/")
    assert response.status in REDIRECT
    assert "/accounts/login/" in response.location
    assert "next=" in response.location


def test_create_then_read_a_post_with_its_title_escaped(site):
    if not served(site, "posts"):
        return
    client, _ = signup(site)
    post_id = create_post(client, "<script>alert(1)</script> hello", "Body <b>text</b>")
    anonymous = site.client()
    detail = anonymous.get(f"/posts/{post_id}/")
    assert detail.status == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; hello" in detail.body
    assert "<script>alert(1)</script>" not in detail.body
    listing = anonymous.get("/posts/")
    assert listing.status == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; hello" in listing.body


def test_unknown_post_is_404(site):
    if not served(site, "posts"):
        return
    assert site.client().get("/posts/999999999/").status == 404


def test_invalid_post_is_refused_and_not_created(site):
    if not served(site, "posts"):
        return
    client, _ = signup(site)
    page = client.get("/posts/new/")
    response = client.submit(page, {"title": "", "body": "no title"}, "title")
    assert response.status in (200, 400, 422), "an empty title was accepted"
    assert 'name="title"' in response.body, "the form is not shown again with its error"
    too_long = client.submit(client.get("/posts/new/"), {"title": "x" * 201}, "title")
    assert too_long.status in (200, 400, 422), "a 201-character title was accepted"
    assert "x" * 201 not in client.get("/posts/").body


def test_only_the_author_or_staff_may_edit_and_delete(site):
    if not served(site, "posts"):
        return
    author, _ = signup(site)
    post_id = create_post(author, "Owned post")
    other, _ = signup(site)
    assert other.get(f"/posts/{post_id}/edit/").status in (403, 404)
    token = any_csrf_form_fields(other.get("/posts/new/"))
    assert other.post(f"/posts/{post_id}/delete/", data=token).status in (403, 404)
    assert site.client().get(f"/posts/{post_id}/edit/").status in REDIRECT

    page = author.get(f"/posts/{post_id}/edit/")
    assert page.status == 200
    response = author.submit(page, {"title": "Edited by author"}, "title")
    assert response.status in REDIRECT
    assert "Edited by author" in site.client().get(f"/posts/{post_id}/").body

    staff, _ = login(site, site.staff)
    page = staff.get(f"/posts/{post_id}/edit/")
    assert page.status == 200
    assert staff.submit(page, {"title": "Edited by staff"}, "title").status in REDIRECT

    token = any_csrf_form_fields(author.get("/posts/new/"))
    response = author.post(f"/posts/{post_id}/delete/", data=token)
    assert response.status in REDIRECT
    assert site.client().get(f"/posts/{post_id}/").status == 404


def test_post_list_is_paginated(site):
    if not served(site, "posts"):
        return
    client, _ = signup(site)
    for number in range(11):
        create_post(client, f"Paged post {number}")
    assert site.client().get("/posts/?page=2").status == 200
