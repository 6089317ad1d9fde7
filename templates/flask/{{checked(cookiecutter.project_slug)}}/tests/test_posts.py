"""The posts pages everyone may read."""

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase

XSS = "<script>alert(1)</script>"


class EmptyListTests(AppTestCase):
    def test_empty_list(self):
        response = self.client.get("/posts/")

        self.assertEqual(response.status_code, 200)
        self.assertIn("No posts yet.", response.get_data(as_text=True))


class PostListTests(AppTestCase):
    """ada has written twelve posts, ``self.posts``, "Post 0" to "Post 11"."""

    def setUp(self) -> None:
        super().setUp()
        user = self.make_user("ada")
        self.posts = [
            store.create_post(f"Post {n}", f"Body {n}", store.user_id(user)) for n in range(12)
        ]

    def test_list_is_paginated_ten_per_page_newest_first(self):
        first = self.client.get("/posts/").get_data(as_text=True)
        second = self.client.get("/posts/?page=2").get_data(as_text=True)

        self.assertIn("Post 11", first)
        self.assertIn("Post 2<", first)
        self.assertNotIn("Post 1<", first)
        self.assertIn("Page 1 of 2", first)
        self.assertIn("Post 1<", second)
        self.assertIn("Post 0<", second)
        self.assertNotIn("Post 11", second)

    def test_pages_outside_the_list_are_not_found(self):
        for page in ["0", "3", "-1"]:
            with self.subTest(page=page):
                self.assertEqual(self.client.get(f"/posts/?page={page}").status_code, 404)

    def test_home_page_lists_the_latest_posts(self):
        page = self.client.get("/").get_data(as_text=True)

        self.assertIn(f'href="/posts/{self.posts[-1].id}/"', page)
        self.assertIn("Post 11", page)
        self.assertNotIn("Post 1<", page)


class PostDetailTests(AppTestCase):
    def test_detail_shows_escaped_title_and_body(self):
        user = self.make_user("ada")
        post = store.create_post(XSS, f"Body {XSS}", store.user_id(user))

        response = self.client.get(f"/posts/{post.id}/")

        page = response.get_data(as_text=True)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn(XSS, page)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", page)
        self.assertIn("ada", page)

    def test_unknown_post_is_not_found(self):
        for post_id in ["999999", "not-an-id"]:
            with self.subTest(post_id=post_id):
                self.assertEqual(self.client.get(f"/posts/{post_id}/").status_code, 404)
