"""The posts the API reads and writes: checked by ``posts/validation.py``, sent as plain dicts."""

from ..posts.records import Post
from ..posts.validation import validate_post


class InvalidPost(Exception):
    """The request's post is not valid; ``errors`` lists the problems by field."""

    def __init__(self, errors: dict):
        super().__init__("Invalid post.")
        self.errors = errors


def load_post(data, *, partial: bool = False) -> dict[str, str]:
    """The ``title`` and ``body`` a request sends, checked; ``partial`` for a PATCH."""
    if not isinstance(data, dict):
        raise InvalidPost({"_schema": ["Send a JSON object."]})
    values, errors = validate_post(data, partial=partial)
    if errors:
        raise InvalidPost(errors)
    return values


def dump_post(post: Post) -> dict:
    return {
        "id": post.id,
        "title": post.title,
        "body": post.body,
        "author": post.author,
        "created": post.created.isoformat(),
    }


def dump_page(page: dict) -> dict:
    return page | {"results": [dump_post(post) for post in page["results"]]}
