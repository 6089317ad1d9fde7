"""The JSON API: reading for everyone, writing with authentication, changing for authors."""

import base64

from django.conf import settings
from django.core.cache import cache
from django.test import Client, TestCase

from {{ cookiecutter.project_slug }}.posts.models import Post

from .factories import PASSWORD, make_post, make_posts, make_user
{%- if cookiecutter.rest_api == "drf" %}

# How Django REST framework answers a request it cannot validate, and names a post in its paths.
INVALID = 400
DETAIL_PATH = "/api/posts/{id}/"
{%- else %}

# How Django Ninja answers a request it cannot validate, and names a post in its paths.
INVALID = 422
DETAIL_PATH = "/api/posts/{post_id}/"
{%- endif %}


def basic_auth(user, password=PASSWORD):
    token = base64.b64encode(f"{user.get_username()}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


class PostApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = make_user("author")
        cls.other_user = make_user("other")
        cls.staff_user = make_user("staff", is_staff=True)

    def setUp(self):
        # Throttling counts requests in the cache: start every test afresh.
        cache.clear()
        self.addCleanup(cache.clear)
        self.post = make_post(self.author)
        self.url = f"/api/posts/{self.post.pk}/"

    def post_json(self, data, client=None, **extra):
        client = client or self.client
        return client.post("/api/posts/", data, content_type="application/json", **extra)

    def patch_json(self, data, **extra):
        return self.client.patch(self.url, data, content_type="application/json", **extra)

    def test_list_is_paginated_newest_first(self):
        posts = [self.post, *make_posts(self.author, 10)]

        first = self.client.get("/api/posts/").json()
        second = self.client.get(first["next"]).json()

        self.assertEqual(first["count"], 11)
        self.assertEqual(
            [item["id"] for item in first["results"]], [post.pk for post in posts[::-1][:10]]
        )
        self.assertIsNone(first["previous"])
        self.assertEqual([item["id"] for item in second["results"]], [self.post.pk])
        self.assertIsNone(second["next"])
        self.assertTrue(second["previous"])
        self.assertEqual(self.client.get("/api/posts/", {"page": 3}).status_code, 404)

    def test_detail_has_the_post_fields(self):
        response = self.client.get(self.url)

        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["id"], self.post.pk)
        self.assertEqual((data["title"], data["body"]), (self.post.title, self.post.body))
        self.assertEqual(data["author"], self.author.get_username())
        self.assertTrue(data["created"].startswith(str(self.post.created.year)))

    def test_unknown_post_is_404(self):
        self.assertEqual(self.client.get("/api/posts/999999/").status_code, 404)

    def test_anonymous_writes_are_refused(self):
        response = self.post_json({"title": "T", "body": "B"})

        self.assertEqual(response.status_code, 401)
        self.assertEqual(Post.objects.count(), 1)

    def test_wrong_password_is_refused(self):
        response = self.post_json(
            {"title": "T", "body": "B"}, headers=basic_auth(self.author, "wrong")
        )

        self.assertEqual(response.status_code, 401)
        self.assertEqual(Post.objects.count(), 1)

    def test_repeated_wrong_passwords_lock_the_account(self):
        data = {"title": "T", "body": "B"}
        wrong = basic_auth(self.other_user, "wrong")
        for number in range(settings.AXES_FAILURE_LIMIT):
            response = self.post_json(data, headers=wrong, REMOTE_ADDR=f"198.51.100.{number}")

        self.assertEqual(response.status_code, 429)
        seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
        self.assertEqual(response["Retry-After"], str(seconds))
        self.assertTrue(response.json()["detail"])
        response = self.post_json(data, headers=basic_auth(self.other_user), REMOTE_ADDR="::1")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(Post.objects.count(), 1)

    def test_create_with_basic_auth(self):
        response = self.post_json({"title": "T", "body": "B"}, headers=basic_auth(self.other_user))

        self.assertEqual(response.status_code, 201)
        post = Post.objects.get(pk=response.json()["id"])
        self.assertEqual((post.title, post.author), ("T", self.other_user))

    def test_create_with_the_session_needs_the_csrf_token(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.author)

        response = self.post_json({"title": "T", "body": "B"}, client=client)

        self.assertIn(response.status_code, (401, 403))
        self.assertEqual(Post.objects.count(), 1)

    def test_invalid_posts_are_refused(self):
        cases = {
            "missing-title": {"body": "no title"},
            "empty-title": {"title": "", "body": "empty title"},
            "long-title": {"title": "x" * 201, "body": "title too long"},
            "wrong-types": {"title": 12, "body": ["not", "text"]},
        }
        for name, data in cases.items():
            with self.subTest(name):
                response = self.post_json(data, headers=basic_auth(self.author))

                self.assertEqual(response.status_code, INVALID)
                self.assertEqual(Post.objects.count(), 1)

    def test_malformed_json_is_refused(self):
        response = self.post_json("{not json", headers=basic_auth(self.author))

        self.assertIn(response.status_code, (400, 422))
        self.assertEqual(Post.objects.count(), 1)

    def test_author_updates_and_deletes(self):
        auth = basic_auth(self.author)

        patched = self.patch_json({"title": "Renamed"}, headers=auth)
        replaced = self.client.put(
            self.url,
            {"title": "Replaced", "body": "New"},
            content_type="application/json",
            headers=auth,
        )
        deleted = self.client.delete(self.url, headers=auth)

        self.assertEqual(patched.status_code, 200)
        self.assertEqual(
            (patched.json()["title"], patched.json()["body"]), ("Renamed", self.post.body)
        )
        self.assertEqual(replaced.status_code, 200)
        self.assertEqual((replaced.json()["title"], replaced.json()["body"]), ("Replaced", "New"))
        self.assertEqual(deleted.status_code, 204)
        self.assertFalse(Post.objects.exists())

    def test_patch_refuses_an_empty_title(self):
        response = self.patch_json({"title": ""}, headers=basic_auth(self.author))

        self.assertEqual(response.status_code, INVALID)
        self.post.refresh_from_db()
        self.assertEqual(self.post.title, "A post")

    def test_other_users_cannot_change_a_post(self):
        auth = basic_auth(self.other_user)

        patched = self.patch_json({"title": "Mine now"}, headers=auth)
        deleted = self.client.delete(self.url, headers=auth)

        self.assertEqual((patched.status_code, deleted.status_code), (403, 403))
        self.post.refresh_from_db()
        self.assertEqual(self.post.title, "A post")

    def test_staff_change_any_post(self):
        response = self.patch_json({"title": "Moderated"}, headers=basic_auth(self.staff_user))

        self.assertEqual(response.status_code, 200)
        self.post.refresh_from_db()
        self.assertEqual(self.post.title, "Moderated")

    def test_openapi_document_describes_the_posts(self):
        response = self.client.get("/api/openapi.json")

        self.assertEqual(response.status_code, 200)
        document = response.json()
        self.assertTrue(document["openapi"].startswith("3."))
        self.assertIn("/api/posts/", document["paths"])
        self.assertIn(DETAIL_PATH, document["paths"])
