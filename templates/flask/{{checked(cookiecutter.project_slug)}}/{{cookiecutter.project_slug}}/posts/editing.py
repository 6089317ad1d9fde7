"""The posts pages that write: signed-in users create posts; authors and staff change them."""

from flask import Flask, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from {{ "..extensions" if cookiecutter.__forms else ".." }} import csrf
from ..forms import PostForm
{% if cookiecutter.auth == "flask-principal" -%}
from ..permissions import edit_permission
{% endif -%}
from . import store
from .records import Post
from .views import bp

# Every form posting to this blueprint must carry the session's CSRF token.
bp.before_request(csrf.protect)


def can_edit(post: Post) -> bool:
    """Only the author and staff may change a post."""
{%- if cookiecutter.auth == "flask-principal" %}
    return edit_permission(post).can()
{%- else %}
    if not current_user.is_authenticated:
        return False
    return post.author_id == store.user_id(current_user) or store.is_staff(current_user)
{%- endif %}


def editable_post(post_id: str) -> Post:
    post = store.get_post(post_id)
    if post is None:
        abort(404)
    if not can_edit(post):
        abort(403)
    return post


@bp.route("/new/", methods=["GET", "POST"])
@login_required
def new():
    form = PostForm()
    if form.validate_on_submit():
        author = store.user_id(current_user)
        post = store.create_post(form.data["title"], form.data["body"], author)
        flash("Post published.")
        return redirect(url_for(".detail", post_id=post.id))
    return render_template("posts/form.html", form=form, post=None)


@bp.route("/<post_id>/edit/", methods=["GET", "POST"])
@login_required
def edit(post_id: str):
    post = editable_post(post_id)
    form = PostForm(data={"title": post.title, "body": post.body})
    if form.validate_on_submit():
        store.update_post(post.id, title=form.data["title"], body=form.data["body"])
        flash("Post updated.")
        return redirect(url_for(".detail", post_id=post.id))
    return render_template("posts/form.html", form=form, post=post)


@bp.post("/<post_id>/delete/")
@login_required
def delete(post_id: str):
    post = editable_post(post_id)
    store.delete_post(post.id)
    flash("Post deleted.")
    return redirect(url_for(".index"))


def init_app(app: Flask) -> None:
    """Let templates ask whether to show a post's edit and delete buttons."""
    app.jinja_env.globals["can_edit"] = can_edit
