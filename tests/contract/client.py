"""A small HTTP client for black-box tests: cookies, HTML forms with their hidden fields, JSON.

It never follows redirects, so tests see the 302s the contract specifies.
"""

import base64
import http.cookiejar
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from html.parser import HTMLParser


class LoopbackCookiePolicy(http.cookiejar.DefaultCookiePolicy):
    """Send Secure cookies over plain HTTP: the server under test is on loopback, in production
    configuration, where session and CSRF cookies are (rightly) marked Secure."""

    def return_ok_secure(self, cookie, request):
        return True


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Response:
    status: int
    headers: Message  # looked up case-insensitively: uvicorn sends lower-case names
    body: str
    url: str

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    def json(self):
        return json.loads(self.body)

    def forms(self) -> list["Form"]:
        parser = _FormParser()
        parser.feed(self.body)
        return parser.forms

    def form(self, containing: str = "") -> "Form":
        """The first form with a field whose name contains ``containing``."""
        for form in self.forms():
            if any(containing in name for name in form.fields):
                return form
        raise AssertionError(f"no form with a field like {containing!r} at {self.url}")


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    visible: list[str] = field(default_factory=list)


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[Form] = []
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            method = (attributes.get("method") or "get").lower()
            self.forms.append(Form(attributes.get("action") or "", method))
        elif self.forms and tag in ("input", "select", "textarea") and attributes.get("name"):
            kind = (attributes.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            name = attributes["name"]
            if kind == "checkbox" and "checked" not in attributes:
                return
            self.forms[-1].fields[name] = attributes.get("value") or ""
            if kind != "hidden":
                self.forms[-1].visible.append(name)
            if tag == "textarea":
                self._textarea = name

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1].fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


# What the TLS proxy in front of a production server adds to every request: the contract client
# plays that proxy, so the served production configuration keeps its redirect to HTTPS. A test
# overrides a header per client (``Client(base, headers=...)``); None leaves it out.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


class Client:
    """One browser-like session against ``base`` (cookies are per client).

    ``headers`` are sent with every request, over ``PROXY_HEADERS``: for example
    ``{"X-Forwarded-For": address}`` to be another client address behind the proxy. Like a
    browser, it sends ``Origin`` and ``Referer`` (the last page it fetched) with every request
    that is not a GET, as the browser sees them: ``https://`` when the proxy says so. CSRF
    protection over HTTPS checks them (Django's Origin/Referer check, Flask-WTF's
    ``WTF_CSRF_SSL_STRICT``).
    """

    def __init__(self, base: str, headers: dict[str, str | None] | None = None):
        self.base = base
        self.headers = {
            name: value
            for name, value in (PROXY_HEADERS | (headers or {})).items()
            if value is not None
        }
        self.page = ""
        self.cookies = http.cookiejar.CookieJar(LoopbackCookiePolicy())
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect
        )

    def request(self, method: str, path: str, data=None, headers=None, json_body=None) -> Response:
        url = urllib.parse.urljoin(self.base, path)
        headers = self.headers | dict(headers or {})
        scheme = "https" if headers.get("X-Forwarded-Proto") == "https" else "http"
        seen = urllib.parse.urlsplit(url)._replace(scheme=scheme)
        if method not in ("GET", "HEAD", "OPTIONS"):
            headers.setdefault("Origin", f"{seen.scheme}://{seen.netloc}")
            headers.setdefault("Referer", self.page or f"{seen.scheme}://{seen.netloc}/")
        elif method == "GET":
            self.page = seen.geturl()
        body = None
        if json_body is not None:
            body = json.dumps(json_body).encode() if not isinstance(json_body, bytes) else json_body
            headers.setdefault("Content-Type", "application/json")
        elif data is not None:
            body = urllib.parse.urlencode(data).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=30) as response:
                return Response(response.status, response.headers, _text(response), url)
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, _text(error), url)

    def get(self, path: str, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data=None, **kwargs) -> Response:
        return self.request("POST", path, data=data, **kwargs)

    def submit(self, page: Response, values: dict[str, str], containing: str = "") -> Response:
        """Fill the page's form (hidden fields kept) and send it to its action."""
        form = page.form(containing)
        missing = set(values) - set(form.fields)
        assert not missing, f"form at {page.url} has no field(s) {sorted(missing)}: {form.fields}"
        action = urllib.parse.urljoin(page.url, form.action or page.url)
        return self.request(form.method.upper(), action, data=form.fields | values)


def basic_auth(identifier: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{identifier}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def _text(response) -> str:
    return response.read().decode("utf-8", errors="replace")
