"""The posts API on Flask-RESTful: two resources on the API blueprint.

Flask-RESTful is maintenance-only upstream; it still works
with Flask 3 and needs nothing more than this.
"""

from flask import Blueprint, Flask, g, request
from flask_restful import Api, Resource, abort

from ..posts import store
from .common import authenticate_writes, editable_post, get_post, page_of_posts
from .hosts import refuse_unknown_hosts
from .payloads import InvalidPost, dump_page, dump_post, load_post

bp = Blueprint("api", __name__, url_prefix="/api")
bp.before_request(authenticate_writes)
api = Api(bp)


def checked_input(*, partial: bool = False) -> dict:
    try:
        return load_post(request.get_json(), partial=partial)
    except InvalidPost as error:
        abort(422, message="Invalid post.", errors=error.errors)


class Posts(Resource):
    def get(self):
        return dump_page(page_of_posts(request.args.get("page", 1, type=int)))

    def post(self):
        data = checked_input()
        post = store.create_post(data["title"], data["body"], store.user_id(g.api_user))
        return dump_post(post), 201


class PostItem(Resource):
    def get(self, post_id):
        return dump_post(get_post(post_id))

    def put(self, post_id):
        post = editable_post(post_id)
        return dump_post(store.update_post(post.id, **checked_input()))

    def patch(self, post_id):
        post = editable_post(post_id)
        return dump_post(store.update_post(post.id, **checked_input(partial=True)))

    def delete(self, post_id):
        store.delete_post(editable_post(post_id).id)
        return "", 204


api.add_resource(Posts, "/posts/")
api.add_resource(PostItem, "/posts/<post_id>/")


def init_app(app: Flask) -> None:
    if app.config["TRUSTED_HOSTS"]:
        app.wsgi_app = refuse_unknown_hosts(app.wsgi_app, app.config["TRUSTED_HOSTS"])
    app.register_blueprint(bp)
