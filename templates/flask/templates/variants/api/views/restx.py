"""The posts API on Flask-RESTX: resources in a namespace, documented at ``/api/docs``.

Flask-RESTX writes a Swagger 2.0 document (``/api/swagger.json``) from the models below, which
describe the API; ``common`` checks the input.
"""

from flask import Blueprint, Flask, g, request
from flask_restx import Api, Resource, abort, fields

from ..posts import store
from ..posts.validation import TITLE_MAX_LENGTH
from .common import authenticate_writes, editable_post, get_post, page_of_posts
from .hosts import refuse_unknown_hosts
from .payloads import InvalidPost, dump_page, dump_post, load_post

bp = Blueprint("api", __name__, url_prefix="/api")
bp.before_request(authenticate_writes)
api = Api(
    bp,
    title="Posts API",
    version="1",
    doc="/docs",
    authorizations={"basicAuth": {"type": "basic"}},
)
ns = api.namespace("posts", path="/posts", description="Users' posts.")

post_input = ns.model(
    "PostInput",
    {
        "title": fields.String(required=True, min_length=1, max_length=TITLE_MAX_LENGTH),
        "body": fields.String(required=True, min_length=1),
    },
)
post_patch = ns.model(
    "PostPatch",
    {
        "title": fields.String(min_length=1, max_length=TITLE_MAX_LENGTH),
        "body": fields.String(min_length=1),
    },
)
post_output = ns.inherit(
    "Post",
    post_input,
    {
        "id": fields.{{ "String" if cookiecutter.orm in ("mongoengine", "pymongo") else "Integer" }}(readonly=True),
        "author": fields.String(readonly=True),
        "created": fields.DateTime(readonly=True),
    },
)
page_output = ns.model(
    "PostPage",
    {
        "count": fields.Integer,
        "next": fields.String,
        "previous": fields.String,
        "results": fields.List(fields.Nested(post_output)),
    },
)


def checked_input(*, partial: bool = False) -> dict:
    try:
        return load_post(request.get_json(), partial=partial)
    except InvalidPost as error:
        abort(422, "Invalid post.", errors=error.errors)


@ns.route("/")
class Posts(Resource):
    @ns.doc(params={"page": "Page number, from 1"})
    @ns.response(200, "Ten posts, newest first", page_output)
    def get(self):
        """List posts, newest first, ten per page."""
        return dump_page(page_of_posts(request.args.get("page", 1, type=int)))

    @ns.expect(post_input)
    @ns.doc(security="basicAuth")
    @ns.response(201, "Created", post_output)
    def post(self):
        """Write a post as the authenticated user."""
        data = checked_input()
        post = store.create_post(data["title"], data["body"], store.user_id(g.api_user))
        return dump_post(post), 201


@ns.route("/<post_id>/")
class PostItem(Resource):
    @ns.response(200, "The post", post_output)
    def get(self, post_id):
        """Read a post."""
        return dump_post(get_post(post_id))

    @ns.expect(post_input)
    @ns.doc(security="basicAuth")
    @ns.response(200, "Replaced", post_output)
    def put(self, post_id):
        """Replace a post's title and body (its author or staff)."""
        post = editable_post(post_id)
        return dump_post(store.update_post(post.id, **checked_input()))

    @ns.expect(post_patch)
    @ns.doc(security="basicAuth")
    @ns.response(200, "Changed", post_output)
    def patch(self, post_id):
        """Change some of a post's fields (its author or staff)."""
        post = editable_post(post_id)
        return dump_post(store.update_post(post.id, **checked_input(partial=True)))

    @ns.doc(security="basicAuth")
    @ns.response(204, "Deleted")
    def delete(self, post_id):
        """Delete a post (its author or staff)."""
        store.delete_post(editable_post(post_id).id)
        return "", 204


def init_app(app: Flask) -> None:
    if app.config["TRUSTED_HOSTS"]:
        app.wsgi_app = refuse_unknown_hosts(app.wsgi_app, app.config["TRUSTED_HOSTS"])
    app.register_blueprint(bp)
