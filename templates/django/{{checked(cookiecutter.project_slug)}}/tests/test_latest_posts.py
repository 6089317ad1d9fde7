"""The home page lists the latest posts from the cache, and notices every change."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from {{ cookiecutter.project_slug }}.posts.latest import LATEST_COUNT, latest_posts

from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def test_home_lists_the_latest_posts(client):
    posts = PostFactory.create_batch(LATEST_COUNT + 1)

    response = client.get(reverse("core:home"))

    assert list(response.context_data["latest_posts"]) == posts[::-1][:LATEST_COUNT]
    assertNotContains(response, posts[0].title)
    assertContains(response, posts[-1].title)


def test_home_invites_the_first_post(client):
    assertContains(client.get(reverse("core:home")), reverse("posts:create"))


def test_latest_posts_come_from_the_cache(django_assert_num_queries):
    PostFactory.create_batch(2)
    latest_posts()

    # Only the aggregate that names the cache entry; the posts themselves are cached.
    with django_assert_num_queries(1):
        assert len(latest_posts()) == 2


def test_a_new_post_shows_at_once(client):
    PostFactory(title="Old news")
    client.get(reverse("core:home"))

    PostFactory(title="Fresh news")

    assertContains(client.get(reverse("core:home")), "Fresh news")


def test_edited_and_deleted_posts_show_at_once(client):
    edited, deleted = PostFactory.create_batch(2)
    client.get(reverse("core:home"))

    edited.title = "Corrected title"
    edited.save()
    assertContains(client.get(reverse("core:home")), "Corrected title")
    deleted.delete()
    assertNotContains(client.get(reverse("core:home")), deleted.title)
