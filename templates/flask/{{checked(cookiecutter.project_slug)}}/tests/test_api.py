"""The JSON API for posts: reading, paging, writing with credentials, ownership, bad input."""

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import PASSWORD, AppTestCase
from tests.helpers import basic


class ReadPostsTests(AppTestCase):
    def test_list_is_paginated_newest_first(self):
        user = self.make_user("ada")
        for n in range(12):
            store.create_post(f"Post {n}", "Body", store.user_id(user))

        first = self.client.get("/api/posts/")
        second = self.client.get(first.json["next"])

        self.assertEqual(first.status_code, 200)
        self.assertEqual(first.json["count"], 12)
        self.assertIsNone(first.json["previous"])
        self.assertEqual(first.json["next"], "http://localhost/api/posts/?page=2")
        self.assertEqual(
            [p["title"] for p in first.json["results"]], [f"Post {n}" for n in range(11, 1, -1)]
        )
        self.assertIsNone(second.json["next"])
        self.assertEqual(second.json["previous"], "http://localhost/api/posts/?page=1")
        self.assertEqual([p["title"] for p in second.json["results"]], ["Post 1", "Post 0"])

    def test_an_empty_list_and_a_page_past_the_end(self):
        self.assertEqual(
            self.client.get("/api/posts/").json,
            {"count": 0, "next": None, "previous": None, "results": []},
        )
        self.assertEqual(self.client.get("/api/posts/?page=2").status_code, 404)

    def test_detail_shows_a_post(self):
        user = self.make_user("ada")
        post = store.create_post("Hello", "First post", store.user_id(user))

        response = self.client.get(f"/api/posts/{post.id}/")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json,
            {
                "id": post.id,
                "title": "Hello",
                "body": "First post",
                "author": "ada",
                "created": post.created.isoformat(),
            },
        )

    def test_detail_of_an_unknown_post_is_404(self):
        self.assertEqual(self.client.get("/api/posts/999999/").status_code, 404)


class CreatePostTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.user = self.make_user("ada")
        self.as_user = basic("ada", PASSWORD)

    def test_create_needs_credentials(self):
        payload = {"title": "T", "body": "B"}
        anonymous = self.client.post("/api/posts/", json=payload)
        wrong = self.client.post("/api/posts/", json=payload, headers=basic("ada", "no"))

        self.assertEqual(anonymous.status_code, 401)
        self.assertTrue(anonymous.headers["WWW-Authenticate"].startswith("Basic"))
        self.assertEqual(wrong.status_code, 401)
        self.assertEqual(store.list_posts()[1], 0)

    def test_create_with_username_or_email(self):
        for identifier in ["ada", "ada@example.com"]:
            with self.subTest(identifier=identifier):
                response = self.client.post(
                    "/api/posts/",
                    json={"title": " New ", "body": "Text"},
                    headers=basic(identifier, PASSWORD),
                )

                self.assertEqual(response.status_code, 201)
                self.assertEqual(response.json["title"], "New")
                self.assertEqual(response.json["author"], "ada")
                self.assertEqual(store.get_post(response.json["id"]).title, "New")

    def test_create_rejects_invalid_input(self):
        payloads = [
            {"body": "no title"},
            {"title": "", "body": "empty title"},
            {"title": "   ", "body": "blank title"},
            {"title": "x" * 201, "body": "title too long"},
            {"title": 42, "body": "not a string"},
            {"title": "no body"},
            ["not", "an", "object"],
        ]
        for payload in payloads:
            with self.subTest(payload=payload):
                response = self.client.post("/api/posts/", json=payload, headers=self.as_user)

                self.assertIn(response.status_code, (400, 422))
                self.assertEqual(store.list_posts()[1], 0)

    def test_create_rejects_malformed_json(self):
        response = self.client.post(
            "/api/posts/", data="{not json", content_type="application/json", headers=self.as_user
        )

        self.assertIn(response.status_code, (400, 422))
        self.assertEqual(store.list_posts()[1], 0)


class ChangePostTests(AppTestCase):
    """Changes to ada's post, "Hello"."""

    def setUp(self) -> None:
        super().setUp()
        self.user = self.make_user("ada")
        self.as_user = basic("ada", PASSWORD)
        self.post = store.create_post("Hello", "First post", store.user_id(self.user))
        self.url = f"/api/posts/{self.post.id}/"

    def as_other(self) -> dict:
        self.make_user("bob")
        return basic("bob", PASSWORD)

    def as_staff(self) -> dict:
        self.make_user("grace", staff=True)
        return basic("grace", PASSWORD)

    def test_author_replaces_and_patches_a_post(self):
        put = self.client.put(
            self.url, json={"title": "New", "body": "Rewritten"}, headers=self.as_user
        )
        patch = self.client.patch(self.url, json={"title": "Newer"}, headers=self.as_user)

        self.assertEqual(put.status_code, 200)
        self.assertEqual(put.json["body"], "Rewritten")
        self.assertEqual(patch.status_code, 200)
        self.assertEqual(patch.json["title"], "Newer")
        self.assertEqual(patch.json["body"], "Rewritten")
        self.assertEqual(store.get_post(self.post.id).title, "Newer")

    def test_update_rejects_invalid_input(self):
        put = self.client.put(self.url, json={"title": "Only a title"}, headers=self.as_user)
        patch = self.client.patch(self.url, json={"title": ""}, headers=self.as_user)

        self.assertIn(put.status_code, (400, 422))
        self.assertIn(patch.status_code, (400, 422))
        self.assertEqual(store.get_post(self.post.id).title, "Hello")

    def test_others_may_not_change_a_post(self):
        as_other = self.as_other()

        patch = self.client.patch(self.url, json={"title": "Mine"}, headers=as_other)
        delete = self.client.delete(self.url, headers=as_other)

        self.assertEqual(patch.status_code, 403)
        self.assertEqual(delete.status_code, 403)
        self.assertEqual(store.get_post(self.post.id).title, "Hello")

    def test_anonymous_may_not_change_a_post(self):
        self.assertEqual(self.client.patch(self.url, json={"title": "X"}).status_code, 401)
        self.assertEqual(self.client.delete(self.url).status_code, 401)
        self.assertIsNotNone(store.get_post(self.post.id))

    def test_staff_may_change_any_post(self):
        as_staff = self.as_staff()

        patch = self.client.patch(self.url, json={"title": "Moderated"}, headers=as_staff)
        delete = self.client.delete(self.url, headers=as_staff)

        self.assertEqual(patch.status_code, 200)
        self.assertEqual(delete.status_code, 204)
        self.assertIsNone(store.get_post(self.post.id))

    def test_author_deletes_a_post(self):
        response = self.client.delete(self.url, headers=self.as_user)

        self.assertEqual(response.status_code, 204)
        self.assertEqual(response.data, b"")
        self.assertIsNone(store.get_post(self.post.id))


class ChangeUnknownPostTests(AppTestCase):
    def test_changing_an_unknown_post_is_404(self):
        self.make_user("ada")
        as_user = basic("ada", PASSWORD)

        patch = self.client.patch("/api/posts/999999/", json={"title": "X"}, headers=as_user)
        delete = self.client.delete("/api/posts/999999/", headers=as_user)

        self.assertEqual(patch.status_code, 404)
        self.assertEqual(delete.status_code, 404)
{%- if cookiecutter.__rest_api == "flask-smorest" %}


class OpenApiDocumentTests(AppTestCase):
    def test_openapi_document_describes_the_posts_api(self):
        response = self.client.get("/api/openapi.json")

        self.assertEqual(response.status_code, 200)
        document = response.json
        self.assertTrue(document["openapi"].startswith("3."))
        self.assertLessEqual({"/api/posts/", "/api/posts/{post_id}/"}, set(document["paths"]))
{%- elif cookiecutter.__rest_api == "flask-restx" %}


class SwaggerDocumentTests(AppTestCase):
    def test_swagger_document_describes_the_posts_api(self):
        response = self.client.get("/api/swagger.json")

        self.assertEqual(response.status_code, 200)
        document = response.json
        self.assertEqual(document["swagger"], "2.0")
        self.assertEqual(document["basePath"], "/api")
        self.assertLessEqual({"/posts/", "/posts/{post_id}/"}, set(document["paths"]))
        self.assertEqual(self.client.get("/api/docs").status_code, 200)
{%- endif %}
