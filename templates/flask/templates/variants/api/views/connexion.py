"""The posts API with Connexion, specification first: ``openapi.yaml`` describes it.

Connexion 3 is ASGI middleware: ``asgi_app`` wraps the Flask application so that every API
request is checked against the specification (400 with the problem) before the views below,
plain Flask views named by the specification's operationIds, run. Serve ``asgi.py`` with an ASGI
server; the Flask app alone (``flask run``, the tests' client) serves the same views unchecked,
so they check their input again.
"""

from pathlib import Path

from a2wsgi import WSGIMiddleware
from connexion import ConnexionMiddleware
from connexion.options import SwaggerUIOptions
from flask import Blueprint, Flask, g, request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from werkzeug.exceptions import HTTPException

from ..posts import store
from ..security import CONTENT_SECURITY_POLICY
from .common import authenticate_writes, editable_post, get_post, page_of_posts
from .payloads import InvalidPost, dump_page, dump_post, load_post

SPECIFICATION = Path(__file__).with_name("openapi.yaml")
# Connexion serves its Swagger UI (/api/docs) itself, outside Flask and so outside Talisman: it
# gets the same headers there (DocsHeaders), with inline scripts allowed for its start script.
DOCS_HEADERS = {
    "Content-Security-Policy": "; ".join(
        f"{directive} {sources}"
        for directive, sources in (
            CONTENT_SECURITY_POLICY
            | {"script-src": "'self' 'unsafe-inline'", "style-src": "'self' 'unsafe-inline'"}
        ).items()
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}

bp = Blueprint("api", __name__, url_prefix="/api/posts")
bp.before_request(authenticate_writes)


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    """Errors inside the API answer in JSON, with their headers (a 401's challenge)."""
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    return {"message": error.description}, error.code, headers


@bp.errorhandler(InvalidPost)
def invalid_post(error: InvalidPost):
    return {"message": "Invalid post.", "errors": error.errors}, 422


@bp.get("/")
def list_posts():
    return dump_page(page_of_posts(request.args.get("page", 1, type=int)))


@bp.post("/")
def create_post():
    data = load_post(request.get_json())
    post = store.create_post(data["title"], data["body"], store.user_id(g.api_user))
    return dump_post(post), 201


@bp.get("/<post_id>/")
def read_post(post_id):
    return dump_post(get_post(post_id))


@bp.put("/<post_id>/")
def replace_post(post_id):
    post = editable_post(post_id)
    return dump_post(store.update_post(post.id, **load_post(request.get_json())))


@bp.patch("/<post_id>/")
def change_post(post_id):
    post = editable_post(post_id)
    return dump_post(store.update_post(post.id, **load_post(request.get_json(), partial=True)))


@bp.delete("/<post_id>/")
def delete_post(post_id):
    store.delete_post(editable_post(post_id).id)
    return "", 204


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


class DocsHeaders:
    """ASGI middleware: Connexion's Swagger UI responses get the security headers (DOCS_HEADERS)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/docs"):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in DOCS_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def asgi_app(app: Flask) -> DocsHeaders:
    """``app`` behind Connexion: checked against the specification, which it also serves."""
    middleware = ConnexionMiddleware(
        WSGIMiddleware(app.wsgi_app), specification_dir=SPECIFICATION.parent
    )
    middleware.add_api(
        SPECIFICATION.name,
        swagger_ui_options=SwaggerUIOptions(
            spec_path="/api/openapi.json", swagger_ui_path="/api/docs"
        ),
    )
    return DocsHeaders(middleware)
