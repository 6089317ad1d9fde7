"""The posts API on flask-smorest.

Marshmallow schemas validate every request (422 with the errors by field) and document the API:
the OpenAPI document is at ``/api/openapi.json``, Swagger UI at ``/api/docs``.
"""

from flask import Flask, g
from flask.views import MethodView
from flask_smorest import Api, Blueprint

from ..posts import store
from ..schemas import PageArgsSchema, PostPageSchema, PostPatchSchema, PostSchema
from .common import CHALLENGE, authenticate_writes, editable_post, get_post, page_of_posts

BASIC_AUTH = [{"basicAuth": []}]


class ChallengingApi(Api):
    """flask-smorest's Api, whose JSON 401 answers keep their ``WWW-Authenticate`` challenge.

    Its error handler (registered for the whole app) drops the headers of werkzeug exceptions.
    """

    def handle_http_exception(self, error):
        payload, code, headers = super().handle_http_exception(error)
        if code == 401:
            headers = headers | {"WWW-Authenticate": CHALLENGE.to_header()}
        return payload, code, headers


blp = Blueprint("posts_api", __name__, url_prefix="/api/posts", description="Users' posts.")
blp.before_request(authenticate_writes)


@blp.route("/")
class Posts(MethodView):
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, PostPageSchema)
    def get(self, args):
        """List posts, newest first, ten per page."""
        return page_of_posts(args["page"])

    @blp.arguments(PostSchema)
    @blp.response(201, PostSchema)
    @blp.doc(security=BASIC_AUTH)
    def post(self, data):
        """Write a post as the authenticated user."""
        return store.create_post(data["title"], data["body"], store.user_id(g.api_user))


@blp.route("/<post_id>/")
class PostItem(MethodView):
    @blp.response(200, PostSchema)
    def get(self, post_id):
        """Read a post."""
        return get_post(post_id)

    @blp.arguments(PostSchema)
    @blp.response(200, PostSchema)
    @blp.doc(security=BASIC_AUTH)
    def put(self, data, post_id):
        """Replace a post's title and body (its author or staff)."""
        return store.update_post(editable_post(post_id).id, **data)

    @blp.arguments(PostPatchSchema)
    @blp.response(200, PostSchema)
    @blp.doc(security=BASIC_AUTH)
    def patch(self, data, post_id):
        """Change some of a post's fields (its author or staff)."""
        return store.update_post(editable_post(post_id).id, **data)

    @blp.response(204)
    @blp.doc(security=BASIC_AUTH)
    def delete(self, post_id):
        """Delete a post (its author or staff)."""
        store.delete_post(editable_post(post_id).id)


def init_app(app: Flask) -> None:
    app.config.setdefault("API_TITLE", app.config["PROJECT_NAME"])
    app.config.setdefault("API_VERSION", "1")
    app.config.setdefault("OPENAPI_VERSION", "3.0.3")
    app.config.setdefault("OPENAPI_URL_PREFIX", "/api")
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    app.config.setdefault("OPENAPI_SWAGGER_UI_PATH", "docs")
    app.config.setdefault("OPENAPI_SWAGGER_UI_URL", "https://cdn.jsdelivr.net/npm/swagger-ui-dist/")
    api = ChallengingApi(app)
    api.spec.components.security_scheme("basicAuth", {"type": "http", "scheme": "basic"})
    api.register_blueprint(blp)
