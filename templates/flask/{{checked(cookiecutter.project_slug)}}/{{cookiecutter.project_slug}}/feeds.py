"""RSS 2.0 and Atom feeds of the latest posts, written by feedgen."""

from feedgen.feed import FeedGenerator
from flask import Blueprint, Flask, Response, current_app, request, url_for

{% if cookiecutter.__cache != "none" -%}
from .extensions import cache
{% endif -%}
from .posts import store
from .posts.records import Post

FEED_LENGTH = 10

bp = Blueprint("feeds", __name__, url_prefix="/posts/feed")


@bp.get("/rss/")
def rss() -> Response:
    document = render_feed("rss", request.url_root, tuple(store.latest_posts(FEED_LENGTH)))
    return Response(document, mimetype="application/rss+xml")


@bp.get("/atom/")
def atom() -> Response:
    document = render_feed("atom", request.url_root, tuple(store.latest_posts(FEED_LENGTH)))
    return Response(document, mimetype="application/atom+xml")

{% if cookiecutter.__cache != "none" %}
# Cached by its arguments, that is by every field of every post listed: a new or edited post
# makes a new key, so no worker ever serves a stale feed.
@cache.memoize()
{%- endif %}
def render_feed(kind: str, base_url: str, posts: tuple[Post, ...]) -> bytes:
    """The ``"rss"`` or ``"atom"`` document listing ``posts``, with links under ``base_url``."""
    feed = FeedGenerator()
    feed.id(base_url)
    feed.title(current_app.config["PROJECT_NAME"])
    feed.description(current_app.config["PROJECT_DESCRIPTION"])
    feed.link(href=base_url, rel="alternate")
    feed.link(href=url_for(f"feeds.{kind}", _external=True), rel="self")
    feed.language("en")
    if posts:
        feed.updated(posts[0].created)
    for post in posts:
        link = url_for("posts.detail", post_id=post.id, _external=True)
        entry = feed.add_entry(order="append")
        entry.id(link)
        entry.guid(link, permalink=True)
        entry.title(post.title)
        entry.link(href=link)
        entry.author(name=post.author)
        entry.description(post.body)
        entry.published(post.created)
        entry.updated(post.created)
    return feed.rss_str(pretty=True) if kind == "rss" else feed.atom_str(pretty=True)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
