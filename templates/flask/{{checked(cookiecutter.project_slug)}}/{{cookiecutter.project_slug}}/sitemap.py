"""``/sitemap.xml`` (Flask-Sitemap): the home page, the list of posts and every post."""

from collections.abc import Iterator

from flask import Flask
from flask_sitemap import Sitemap

from .posts import store

BATCH = 500


def pages() -> Iterator[tuple]:
    """``(endpoint, values[, lastmod])`` for every page a search engine should index."""
    yield "main.index", {}
    yield "posts.index", {}
    page = 1
    while True:
        posts, total = store.list_posts(page, BATCH)
        for post in posts:
            yield "posts.detail", {"post_id": post.id}, post.created.isoformat()
        if page * BATCH >= total:
            return
        page += 1


def init_app(app: Flask) -> None:
    # One Sitemap per application: the extension keeps a reference to the app it serves.
    sitemap = Sitemap(app)
    sitemap.register_generator(pages)
