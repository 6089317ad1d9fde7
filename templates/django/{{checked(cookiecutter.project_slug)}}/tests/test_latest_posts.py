"""The home page lists the latest posts from the cache, and notices every change."""

from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse

from {{ cookiecutter.project_slug }}.posts.latest import LATEST_COUNT, latest_posts

from .factories import make_post, make_posts, make_user


class LatestPostsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = make_user("author")

    def setUp(self):
        # The database is rolled back after each test; the cache must start empty to match.
        cache.clear()
        self.addCleanup(cache.clear)

    def test_home_lists_the_latest_posts(self):
        posts = make_posts(self.author, LATEST_COUNT + 1)

        response = self.client.get(reverse("core:home"))

        self.assertEqual(list(response.context_data["latest_posts"]), posts[::-1][:LATEST_COUNT])
        self.assertNotContains(response, posts[0].title)
        self.assertContains(response, posts[-1].title)

    def test_home_invites_the_first_post(self):
        self.assertContains(self.client.get(reverse("core:home")), reverse("posts:create"))

    def test_latest_posts_come_from_the_cache(self):
        make_posts(self.author, 2)
        latest_posts()

        # Only the aggregate that names the cache entry; the posts themselves are cached.
        with self.assertNumQueries(1):
            self.assertEqual(len(latest_posts()), 2)

    def test_a_new_post_shows_at_once(self):
        make_post(self.author, title="Old news")
        self.client.get(reverse("core:home"))

        make_post(self.author, title="Fresh news")

        self.assertContains(self.client.get(reverse("core:home")), "Fresh news")

    def test_edited_and_deleted_posts_show_at_once(self):
        edited, deleted = make_posts(self.author, 2)
        self.client.get(reverse("core:home"))

        edited.title = "Corrected title"
        edited.save()
        self.assertContains(self.client.get(reverse("core:home")), "Corrected title")
        deleted.delete()
        self.assertNotContains(self.client.get(reverse("core:home")), deleted.title)
