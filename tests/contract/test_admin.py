"""Contract: the admin is for staff only; anonymous users are sent to a login page."""

import pytest

from tests.contract.actions import REDIRECT, served, signup

pytestmark = pytest.mark.smoke


def _admin_login(site):
    """Log the staff user in through the admin's own login form."""
    client = site.client()
    first = client.get("/admin/")
    assert first.status in REDIRECT
    page = client.get(first.location)
    assert page.status == 200, page.body
    form = page.form("password")
    field = "email" if "email" in form.fields and "username" not in form.fields else "username"
    identifier = site.staff.email if site.has("email_login") else site.staff.username
    response = client.submit(page, {field: identifier, "password": site.staff.password}, "password")
    assert response.status in REDIRECT, response.body[:3000]
    return client


def test_anonymous_users_are_sent_to_login(site):
    if not served(site, "admin"):
        return
    response = site.client().get("/admin/")
    assert response.status in REDIRECT
    assert "login" in response.location


def test_staff_reach_the_admin(site):
    if not served(site, "admin"):
        return
    client = _admin_login(site)
    assert client.get("/admin/").status == 200


def test_non_staff_users_are_kept_out(site):
    if not served(site, "admin"):
        return
    if not site.has("accounts"):
        # Without signup only staff exist; anonymous access is checked above.
        assert site.client().get("/admin/").status in REDIRECT
        return
    client, _ = signup(site)
    assert client.get("/admin/").status in (*REDIRECT, 403)
