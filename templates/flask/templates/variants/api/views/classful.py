"""The posts API on Flask-Classful: one class-based view whose method names make the routes."""

from flask import Blueprint, Flask, g, request
from flask_classful import FlaskView
from werkzeug.exceptions import HTTPException

from ..posts import store
from .common import authenticate_writes, editable_post, get_post, page_of_posts
from .payloads import InvalidPost, dump_page, dump_post, load_post

bp = Blueprint("api", __name__, url_prefix="/api")
bp.before_request(authenticate_writes)


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    """Errors inside the API answer in JSON, with their headers (a 401's challenge)."""
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    return {"message": error.description}, error.code, headers


@bp.errorhandler(InvalidPost)
def invalid_post(error: InvalidPost):
    return {"message": "Invalid post.", "errors": error.errors}, 422


class PostsView(FlaskView):
    """``index`` lists, ``get`` reads, ``post`` writes; ``put``, ``patch``, ``delete`` change."""

    route_base = "/posts/"
    trailing_slash = True

    def index(self):
        return dump_page(page_of_posts(request.args.get("page", 1, type=int)))

    def get(self, post_id):
        return dump_post(get_post(post_id))

    def post(self):
        data = load_post(request.get_json())
        post = store.create_post(data["title"], data["body"], store.user_id(g.api_user))
        return dump_post(post), 201

    def put(self, post_id):
        post = editable_post(post_id)
        return dump_post(store.update_post(post.id, **load_post(request.get_json())))

    def patch(self, post_id):
        post = editable_post(post_id)
        data = load_post(request.get_json(), partial=True)
        return dump_post(store.update_post(post.id, **data))

    def delete(self, post_id):
        store.delete_post(editable_post(post_id).id)
        return "", 204


PostsView.register(bp)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
