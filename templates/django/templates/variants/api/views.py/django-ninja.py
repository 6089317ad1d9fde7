"""Post endpoints: anyone reads, authenticated users write, authors and staff change."""

from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from {{ cookiecutter.project_slug }}.posts.models import Post

from .authentication import WRITE_AUTH
from .pagination import PageNumberPagination
from .schemas import PostIn, PostOut, PostPatch

router = Router(tags=["posts"])


def changeable_post(request, post_id):
    post = get_object_or_404(Post.objects.select_related("author"), pk=post_id)
    if not post.can_be_changed_by(request.auth):
        raise HttpError(403, "Only the author or staff may change this post.")
    return post


@router.get("", response=list[PostOut])
@paginate(PageNumberPagination)
def list_posts(request):
    return Post.objects.select_related("author")


@router.post("", response={201: PostOut}, auth=WRITE_AUTH)
def create_post(request, payload: PostIn):
    return Status(201, Post.objects.create(author=request.auth, **payload.dict()))


@router.get("{int:post_id}/", response=PostOut)
def get_post(request, post_id: int):
    return get_object_or_404(Post.objects.select_related("author"), pk=post_id)


@router.put("{int:post_id}/", response=PostOut, auth=WRITE_AUTH)
def replace_post(request, post_id: int, payload: PostIn):
    post = changeable_post(request, post_id)
    for field, value in payload.dict().items():
        setattr(post, field, value)
    post.save()
    return post


@router.patch("{int:post_id}/", response=PostOut, auth=WRITE_AUTH)
def update_post(request, post_id: int, payload: PostPatch):
    post = changeable_post(request, post_id)
    for field, value in payload.dict(exclude_unset=True).items():
        setattr(post, field, value)
    post.save()
    return post


@router.delete("{int:post_id}/", response={204: None}, auth=WRITE_AUTH)
def delete_post(request, post_id: int):
    changeable_post(request, post_id).delete()
    return Status(204, None)
