"""The posts pages: reading for everyone, writing for users, changing for authors and staff."""

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from {{ cookiecutter.project_slug }}.posts.models import Post

from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def test_list_pages_ten_posts_at_a_time_newest_first(client):
    posts = PostFactory.create_batch(12)

    first = client.get(reverse("posts:list"))
    second = client.get(reverse("posts:list"), {"page": 2})

    assert list(first.context_data["post_list"]) == posts[::-1][:10]
    assert list(second.context_data["post_list"]) == posts[::-1][10:]
    assertContains(first, "?page=2")
    assert client.get(reverse("posts:list"), {"page": 3}).status_code == 404


def test_list_without_posts_says_so(client):
    assertContains(client.get(reverse("posts:list")), "No posts yet.")


def test_detail_shows_the_post(client, post):
    response = client.get(post.get_absolute_url())

    assertContains(response, post.title)
    assertContains(response, post.author.get_username())
    assertNotContains(response, reverse("posts:update", args=[post.pk]))


def test_detail_escapes_user_content(client):
    post = PostFactory(title="<script>alert(1)</script>", body="<b>bold</b>")

    response = client.get(post.get_absolute_url())

    assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
    assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")
    assertNotContains(response, "<script>alert(1)</script>")


def test_detail_of_unknown_post_is_404(client):
    assert client.get(reverse("posts:detail", args=[999999])).status_code == 404


def test_create_sends_anonymous_users_to_login(client):
    response = client.get(reverse("posts:create"))

    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('posts:create')}"


def test_create_publishes_a_post_by_the_current_user(client, user):
    client.force_login(user)

    response = client.post(reverse("posts:create"), {"title": "Hello", "body": "First post."})

    post = Post.objects.get()
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()
    assert (post.title, post.body, post.author) == ("Hello", "First post.", user)
    assertContains(client.get(response.url), "Post published.")


@pytest.mark.parametrize(
    "data",
    [
        {"title": "", "body": "Text"},
        {"title": "x" * 201, "body": "Text"},
        {"title": "T", "body": ""},
    ],
    ids=["empty-title", "long-title", "empty-body"],
)
def test_create_shows_errors_for_invalid_posts(client, user, data):
    client.force_login(user)

    response = client.post(reverse("posts:create"), data)

    assert response.status_code == 200
    assert response.context_data["form"].errors
    assertContains(response, "errorlist")
    assert not Post.objects.exists()


def test_create_without_csrf_token_is_rejected(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)

    response = client.post(reverse("posts:create"), {"title": "Hello", "body": "Text"})

    assert response.status_code == 403
    assert not Post.objects.exists()


def test_author_edits_their_post(client, post):
    client.force_login(post.author)
    url = reverse("posts:update", args=[post.pk])

    assertContains(client.get(post.get_absolute_url()), url)
    response = client.post(url, {"title": "Edited", "body": "New body"})

    assert response.status_code == 302
    post.refresh_from_db()
    assert (post.title, post.body) == ("Edited", "New body")


def test_staff_edit_any_post(client, post, staff_user):
    client.force_login(staff_user)

    response = client.post(
        reverse("posts:update", args=[post.pk]), {"title": "Moderated", "body": "Text"}
    )

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.title == "Moderated"


def test_other_users_cannot_edit_or_delete(client, post, other_user):
    client.force_login(other_user)

    assert client.get(reverse("posts:update", args=[post.pk])).status_code == 403
    assert client.post(reverse("posts:delete", args=[post.pk])).status_code == 403
    assert Post.objects.filter(pk=post.pk).exists()


@pytest.mark.parametrize("name", ["posts:update", "posts:delete"])
def test_anonymous_users_are_sent_to_login(client, post, name):
    response = client.get(reverse(name, args=[post.pk]))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_unknown_post_cannot_be_edited(client, user):
    client.force_login(user)

    assert client.get(reverse("posts:update", args=[999999])).status_code == 404


def test_author_deletes_their_post(client, post):
    client.force_login(post.author)

    assert client.get(reverse("posts:delete", args=[post.pk])).status_code == 200
    response = client.post(reverse("posts:delete", args=[post.pk]))

    assert response.status_code == 302
    assert response.url == reverse("posts:list")
    assert not Post.objects.exists()


def test_post_is_shown_by_its_title(post):
    assert str(post) == post.title
