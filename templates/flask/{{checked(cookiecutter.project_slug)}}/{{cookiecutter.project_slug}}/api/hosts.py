{%- set library = "Flask-RESTX" if cookiecutter.__rest_api == "flask-restx" else "Flask-RESTful" -%}
"""Requests for unknown hosts refused before {{ library }} sees them."""

from collections.abc import Callable, Iterable

from werkzeug.exceptions import SecurityError
from werkzeug.wsgi import get_host


def refuse_unknown_hosts(wsgi_app: Callable, trusted_hosts: list[str]) -> Callable:
    """400 for a Host outside ``TRUSTED_HOSTS``, before Flask sees the request.

    Flask refuses such hosts itself, but {{ library }}'s error handler looks the URL up
    again and turns Flask's 400 into a 500.
    """

    def middleware(environ: dict, start_response: Callable) -> Iterable[bytes]:
        try:
            get_host(environ, trusted_hosts)
        except SecurityError as error:
            return error(environ, start_response)
        return wsgi_app(environ, start_response)

    return middleware
