from datetime import datetime

from ninja import Field, Schema


class PostIn(Schema):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1)


class PostPatch(Schema):
    # An omitted field stays as it is; an explicit null is refused (defaults are not validated).
    title: str = Field(None, min_length=1, max_length=200)
    body: str = Field(None, min_length=1)


class PostOut(Schema):
    id: int
    title: str
    body: str
    # The author's username or email address, as shown on the site.
    author: str
    created: datetime
    updated: datetime

    @staticmethod
    def resolve_author(post):
        return str(post.author)
