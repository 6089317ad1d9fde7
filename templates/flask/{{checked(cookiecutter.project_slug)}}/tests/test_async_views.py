"""The async view."""

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase


class LatestPostsTests(AppTestCase):
    def test_latest_posts_lists_the_five_newest(self):
        user = self.make_user("ada")
        posts = [store.create_post(f"Post {n}", "Body", store.user_id(user)) for n in range(7)]

        response = self.client.get("/posts/latest/")

        self.assertEqual(response.status_code, 200)
        results = response.json["results"]
        self.assertEqual(
            [result["title"] for result in results], [f"Post {n}" for n in range(6, 1, -1)]
        )
        self.assertEqual(results[0]["url"], f"http://localhost/posts/{posts[-1].id}/")
        self.assertEqual(results[0]["author"], "ada")
        self.assertEqual(results[0]["created"], posts[-1].created.isoformat())
