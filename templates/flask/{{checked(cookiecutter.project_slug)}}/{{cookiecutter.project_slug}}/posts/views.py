"""The posts pages everyone may read."""

from math import ceil

from flask import Blueprint, abort, render_template, request

from . import store

PER_PAGE = 10

bp = Blueprint("posts", __name__, url_prefix="/posts")


@bp.get("/")
def index():
    page = request.args.get("page", 1, type=int)
    posts, total = store.list_posts(page, PER_PAGE)
    pages = max(ceil(total / PER_PAGE), 1)
    if not 1 <= page <= pages:
        abort(404)
    return render_template("posts/index.html", posts=posts, page=page, pages=pages)


@bp.get("/<post_id>/")
def detail(post_id: str):
    post = store.get_post(post_id)
    if post is None:
        abort(404)
    return render_template("posts/detail.html", post=post)
