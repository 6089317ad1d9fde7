"""An async view. With the ``flask[async]`` extra, Flask runs it in an event loop per request.

Under gunicorn's sync or gthread workers each request still holds a worker thread, so async views
pay off when one request awaits several slow things at once (HTTP calls to other services, for
example). They break under gevent workers.
"""

from flask import Blueprint, Flask, url_for

from .posts import store

bp = Blueprint("async_views", __name__)


@bp.get("/posts/latest/")
async def latest_posts():
    """The five newest posts as JSON.

    The store is synchronous and quick: calling it blocks only this request's own event loop.
    Asynchronous clients (HTTP, queues) are what to await here.
    """
    return {
        "results": [
            {
                "id": post.id,
                "title": post.title,
                "author": post.author,
                "created": post.created.isoformat(),
                "url": url_for("posts.detail", post_id=post.id, _external=True),
            }
            for post in store.latest_posts(5)
        ]
    }


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
