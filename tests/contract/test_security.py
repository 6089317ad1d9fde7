"""Contract: the served production configuration is safe to deploy (issue 13), in both frameworks.

How every row is served (tests/smoke/adapters/__init__.py): the production configuration,
unchanged, on 127.0.0.1 as behind one TLS proxy. The contract client plays that proxy: every
request carries ``X-Forwarded-Proto: https`` unless a test sends ``http`` or leaves it out, and a
test that wants to be another client sends ``X-Forwarded-For: <address>``. The app trusts that
one proxy: the scheme from ``X-Forwarded-Proto``, the client's address from the last entry of
``X-Forwarded-For`` (Werkzeug's ``ProxyFix(x_for=1, x_proto=1)`` reads them the same way).

What each row must show:

- Headers on ``/`` and ``/health`` (HTTPS): ``X-Content-Type-Options: nosniff``; frame protection
  (``X-Frame-Options`` DENY or SAMEORIGIN, or a CSP ``frame-ancestors``); a ``Referrer-Policy``;
  a ``Content-Security-Policy`` whose script policy (``script-src``, else ``default-src``) exists
  and does not allow ``'unsafe-inline'``; HSTS (``Strict-Transport-Security`` with a max-age > 0).
- A plain-HTTP request (``X-Forwarded-Proto: http``, or none) for a page is redirected (301, 302,
  307 or 308) to an ``https://`` URL; ``/health`` answers 200 over plain HTTP (load balancers
  probe it so, and the smoke tier waits on it before the client sends any header).
- Every cookie set while logging in is ``Secure`` and ``SameSite=Lax`` or ``Strict``; every one
  but a CSRF token cookie (name containing ``csrf``, which page scripts may read) is ``HttpOnly``.
- A session cookie copied before logout no longer authenticates after it, replayed by another
  client: ``/posts/new/`` (or ``/admin/`` for staff where there are no posts) sends it to login.
- Login throttling, per account and per client address, with the limit ``LOGIN_FAILURE_LIMIT``
  (``tests.smoke.adapters``, set in the served environment): after that many failures in a row
  the next attempt is locked out, even with the right password: a 429 with a positive
  integer ``Retry-After`` (a 403 page saying too many attempts also counts). The first
  ``limit - 1`` failures are answered as ordinary failures. The same holds for the API's HTTP
  Basic auth and, where JWT is served, for ``POST /api/token/``. Accounts used here are fresh
  signups or made-up names, so the staff user the other tests need is never locked; the client
  addresses are made up too (198.18.0.0/15, each used once), so no lockout reaches another test.
- A request with a ``Host`` the site does not serve is refused with 400.

The weak-secret refusal is not HTTP: tests/smoke/test_secrets.py.
"""

import copy
import ipaddress
import itertools

import pytest

from tests.contract.actions import (
    REDIRECT,
    any_csrf_form_fields,
    login,
    login_id,
    served,
    signup,
)
from tests.contract.client import Client, Response, basic_auth
from tests.smoke.adapters import LOGIN_FAILURE_LIMIT
from tests.smoke.fixtures import Credentials, Site, new_credentials

pytestmark = pytest.mark.smoke

PERMANENT_OR_TEMPORARY_REDIRECT = (301, 302, 307, 308)


# Made-up client addresses, never one twice in a test process, so that no lockout one test
# provokes reaches another: 198.18.0.0/15, reserved for benchmarks (RFC 2544).
_ADDRESSES = (ipaddress.IPv4Address("198.18.0.1") + n for n in itertools.count())


def _address() -> str:
    return str(next(_ADDRESSES))


def _client_at(site: Site, address: str) -> Client:
    return Client(site.base, headers={"X-Forwarded-For": address})


def _csp(response: Response) -> dict[str, list[str]]:
    policy = response.headers.get("Content-Security-Policy", "")
    directives = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = [word.lower() for word in words[1:]]
    return directives


@pytest.mark.parametrize("path", ["/", "/health"])
def test_security_headers(site, path):
    response = site.client().get(path)
    assert response.status == 200, f"{path} answered {response.status}"
    headers = response.headers
    assert headers.get("X-Content-Type-Options", "").lower() == "nosniff"
    csp = _csp(response)
    assert csp, f"{path} has no Content-Security-Policy"
    frame_options = headers.get("X-Frame-Options", "").upper()
    assert frame_options in ("DENY", "SAMEORIGIN") or "frame-ancestors" in csp, (
        f"{path} has no frame protection"
    )
    assert headers.get("Referrer-Policy"), f"{path} has no Referrer-Policy"
    assert headers.get("Referrer-Policy", "").lower() != "unsafe-url"
    scripts = csp.get("script-src", csp.get("default-src"))
    assert scripts is not None, f"the CSP of {path} restricts no scripts: {csp}"
    assert "'unsafe-inline'" not in scripts, f"the CSP of {path} allows inline scripts: {csp}"
    hsts = headers.get("Strict-Transport-Security", "")
    max_age = [p.split("=", 1)[1] for p in hsts.replace(" ", "").split(";") if "=" in p]
    assert max_age and int(max_age[0]) > 0, f"{path} over HTTPS has no HSTS: {hsts!r}"


@pytest.mark.parametrize("proto", ["http", None], ids=["http", "no-header"])
def test_plain_http_is_redirected_to_https(site, proto):
    client = Client(site.base, headers={"X-Forwarded-Proto": proto})
    response = client.get("/")
    assert response.status in PERMANENT_OR_TEMPORARY_REDIRECT, response.status
    assert response.location.startswith("https://"), response.location
    assert client.get("/health").status == 200


def test_unknown_host_is_refused(site):
    response = site.client().get("/", headers={"Host": "attacker.example"})
    assert response.status == 400, response.status


def _set_cookies(response: Response) -> dict[str, dict[str, str]]:
    """Each cookie the response sets (not deletes): its attributes, names lower-cased."""
    cookies = {}
    for header in response.headers.get_all("Set-Cookie") or []:
        first, *attributes = [part.strip() for part in header.split(";")]
        name, _, value = first.partition("=")
        parsed = {}
        for attribute in attributes:
            key, _, attribute_value = attribute.partition("=")
            parsed[key.lower()] = attribute_value
        if value.strip('"') and parsed.get("max-age") != "0":
            cookies[name] = parsed
    return cookies


def test_login_cookies_are_secure_httponly_and_same_site(site):
    if not served(site, "accounts"):
        return
    _, credentials = signup(site)
    client = site.client()
    page = client.get("/accounts/login/")
    form = page.form("password")
    field = "email" if "email" in form.fields and "username" not in form.fields else "username"
    response = client.submit(
        page, {field: login_id(site, credentials), "password": credentials.password}, "password"
    )
    assert response.status in REDIRECT, response.body[:2000]
    logged_in = _set_cookies(response)
    assert logged_in, "logging in set no cookie"
    for name, attributes in (_set_cookies(page) | logged_in).items():
        assert "secure" in attributes, f"cookie {name} is not Secure: {attributes}"
        assert attributes.get("samesite", "").lower() in ("lax", "strict"), (
            f"cookie {name} is not SameSite=Lax or Strict: {attributes}"
        )
        if "csrf" not in name.lower():
            assert "httponly" in attributes, f"cookie {name} is not HttpOnly: {attributes}"


def _replay(site: Site, cookies: list, path: str) -> Response:
    client = site.client()
    for cookie in cookies:
        client.cookies.set_cookie(copy.copy(cookie))
    return client.get(path)


def test_a_copied_session_cookie_is_dead_after_logout(site):
    if not served(site, "accounts"):
        return
    if site.has("posts"):
        client, _ = signup(site)
        protected = "/posts/new/"
    elif site.has("admin"):
        client, response = login(site, site.staff)
        assert response.status in REDIRECT
        protected = "/admin/"
    else:
        return
    copied = [copy.copy(cookie) for cookie in client.cookies]
    assert _replay(site, copied, protected).status == 200, "the copied cookie never worked"

    response = client.post("/accounts/logout/", data=any_csrf_form_fields(client.get("/")))
    assert response.status in REDIRECT

    replayed = _replay(site, copied, protected)
    assert replayed.status in REDIRECT and "login" in replayed.location, (
        f"after logout the copied session cookie still opens {protected}: {replayed.status}"
    )


def _locked_out(response: Response) -> bool:
    if response.status == 429:
        retry_after = response.headers.get("Retry-After", "")
        assert retry_after.isdigit() and int(retry_after) > 0, (
            f"429 without a positive Retry-After: {retry_after!r}"
        )
        return True
    text = response.body.lower()
    return response.status == 403 and ("too many" in text or "locked" in text)


def _form_login(site: Site, identifier: str, password: str, address: str) -> Response:
    client = _client_at(site, address)
    page = client.get("/accounts/login/")
    assert page.status == 200, page.status
    form = page.form("password")
    field = "email" if "email" in form.fields and "username" not in form.fields else "username"
    return client.submit(page, {field: identifier, "password": password}, "password")


def _failures_then_lockout(attempt) -> None:
    """``attempt(n)`` fails ``LOGIN_FAILURE_LIMIT`` times, then attempt ``limit + 1`` is locked."""
    for number in range(1, LOGIN_FAILURE_LIMIT + 1):
        response = attempt(number)
        if number < LOGIN_FAILURE_LIMIT:
            assert not _locked_out(response), f"locked out after {number} failure(s)"
            assert response.status not in (*REDIRECT, 200, 201) or "password" in response.body, (
                f"failure {number} answered {response.status}"
            )
    response = attempt(LOGIN_FAILURE_LIMIT + 1)
    assert _locked_out(response), (
        f"attempt {LOGIN_FAILURE_LIMIT + 1} answered {response.status}, not a lockout: "
        f"{response.body[:500]}"
    )


def test_login_failures_lock_the_account_whatever_the_address(site):
    if not served(site, "accounts"):
        return
    _, credentials = signup(site)
    identifier = login_id(site, credentials)
    _failures_then_lockout(
        lambda number: _form_login(site, identifier, f"wrong-password-{number}", _address())
    )
    # Locked even with the right password, from yet another address.
    response = _form_login(site, identifier, credentials.password, _address())
    assert _locked_out(response), f"the locked account logged in: {response.status}"


def test_login_failures_lock_the_client_address_whatever_the_account(site):
    if not served(site, "accounts"):
        return
    _, credentials = signup(site)
    address = _address()

    def made_up_account(number: int) -> Response:
        other = new_credentials(f"nobody{number}")
        identifier = other.email if site.has("email_login") else other.username
        return _form_login(site, identifier, other.password, address)

    _failures_then_lockout(made_up_account)
    identifier = login_id(site, credentials)
    response = _form_login(site, identifier, credentials.password, address)
    assert _locked_out(response), f"the locked address logged in: {response.status}"
    # The account itself is not locked: from another address it logs in.
    response = _form_login(site, identifier, credentials.password, _address())
    assert response.status in REDIRECT, f"the account was locked too: {response.status}"


def _api_write(site: Site, credentials: Credentials, password: str) -> Response:
    return _client_at(site, _address()).request(
        "POST",
        "/api/posts/",
        json_body={"title": "Throttled?", "body": "b"},
        headers=basic_auth(login_id(site, credentials), password),
    )


def test_api_basic_auth_failures_lock_the_account(site):
    if not served(site, "api") or not site.has("accounts"):
        return
    _, credentials = signup(site)
    _failures_then_lockout(lambda number: _api_write(site, credentials, f"wrong-{number}"))
    response = _api_write(site, credentials, credentials.password)
    assert _locked_out(response), f"the locked account wrote through the API: {response.status}"


def test_jwt_token_failures_lock_the_account(site):
    if not served(site, "jwt") or not site.has("accounts"):
        return
    _, credentials = signup(site)
    field = "email" if site.has("email_login") else "username"

    def token(password: str) -> Response:
        return _client_at(site, _address()).request(
            "POST",
            "/api/token/",
            json_body={field: login_id(site, credentials), "password": password},
        )

    _failures_then_lockout(lambda number: token(f"wrong-{number}"))
    response = token(credentials.password)
    assert _locked_out(response), f"the locked account got a token: {response.status}"
