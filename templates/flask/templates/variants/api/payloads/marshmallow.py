"""The posts the API reads and writes, checked and shaped by the marshmallow schemas."""

from marshmallow import ValidationError

from ..posts.records import Post
from ..schemas import PostPatchSchema, PostSchema


class InvalidPost(Exception):
    """The request's post is not valid; ``errors`` lists the problems by field."""

    def __init__(self, errors: dict):
        super().__init__("Invalid post.")
        self.errors = errors


def load_post(data, *, partial: bool = False) -> dict[str, str]:
    """The ``title`` and ``body`` a request sends, checked; ``partial`` for a PATCH."""
    schema = PostPatchSchema() if partial else PostSchema()
    try:
        return schema.load(data)
    except ValidationError as error:
        raise InvalidPost(error.normalized_messages()) from error


def dump_post(post: Post) -> dict:
    return PostSchema().dump(post)


def dump_page(page: dict) -> dict:
    return page | {"results": [dump_post(post) for post in page["results"]]}
