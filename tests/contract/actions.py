"""What a user does on the reference app, through its HTML forms, shared by the contract tests."""

import re

from tests.contract.client import Client, Response
from tests.smoke.fixtures import Credentials, Site, new_credentials

REDIRECT = (301, 302, 303)


def login_id(site: Site, credentials: Credentials) -> str:
    return credentials.email if site.has("email_login") else credentials.username


def signup(site: Site) -> tuple[Client, Credentials]:
    """A new user signed up (and so logged in) through /accounts/signup/."""
    client = site.client()
    credentials = new_credentials("user")
    page = client.get("/accounts/signup/")
    assert page.status == 200, page.body
    fields = page.form("password").fields
    # Every password field gets the password: password1/password2 or password/password_confirm.
    values = {name: credentials.password for name in fields if "password" in name}
    values["email"] = credentials.email
    if "username" in fields:
        values["username"] = credentials.username
    response = client.submit(page, values, "password")
    assert response.status in REDIRECT, f"signup did not redirect:\n{response.body[:3000]}"
    return client, credentials


def login(site: Site, credentials: Credentials, next_path: str = "") -> tuple[Client, Response]:
    client = site.client()
    page = client.get("/accounts/login/" + (f"?next={next_path}" if next_path else ""))
    assert page.status == 200, page.body
    form = page.form("password")
    field = "email" if "email" in form.fields and "username" not in form.fields else "username"
    response = client.submit(
        page, {field: login_id(site, credentials), "password": credentials.password}, "password"
    )
    return client, response


def create_post(client: Client, title: str, body: str = "A body.") -> int:
    page = client.get("/posts/new/")
    assert page.status == 200, f"/posts/new/ answered {page.status}"
    response = client.submit(page, {"title": title, "body": body}, "title")
    assert response.status in REDIRECT, f"creating a post did not redirect:\n{response.body[:3000]}"
    match = re.search(r"/posts/(\w+)/$", response.location)
    assert match, f"redirected to {response.location}, not to the new post"
    return match.group(1)


def any_csrf_form_fields(page: Response) -> dict[str, str]:
    """The hidden fields of the page's first POST form (its CSRF token)."""
    for form in page.forms():
        if form.method == "post":
            return {k: v for k, v in form.fields.items() if k not in form.visible}
    raise AssertionError(f"no POST form at {page.url}")


# Representative paths of each feature: where a feature is off, they must all answer 404.
FEATURE_PATHS = {
    "accounts": ["/accounts/login/", "/accounts/signup/"],
    "posts": ["/posts/", "/posts/new/"],
    "feeds": ["/posts/feed/rss/", "/posts/feed/atom/"],
    "sitemap": ["/sitemap.xml"],
    "admin": ["/admin/"],
    "api": ["/api/posts/"],
    "openapi": ["/api/openapi.json"],
    "jwt": ["/api/token/"],
}


def served(site: Site, feature: str) -> bool:
    """Whether the combination serves ``feature``; if it does not, prove its paths are 404.

    Tests call this first and stop when it returns False, so a turned-off feature is checked for
    absence instead of being skipped.
    """
    if site.has(feature):
        return True
    client = site.client()
    for path in FEATURE_PATHS[feature]:
        status = client.get(path).status
        assert status == 404, f"{feature} is off, yet {path} answered {status}"
    return False
