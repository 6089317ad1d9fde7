"""Writing posts: signed-in users create them; only authors and staff change them."""

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase


class NewPostTests(AppTestCase):
    def test_anonymous_users_are_sent_to_login_and_back(self):
        response = self.client.get("/posts/new/")

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], "/accounts/login/?next=/posts/new/")

    def test_new_post_form_has_title_and_body(self):
        self.make_user("ada")
        self.login("ada")

        page = self.client.get("/posts/new/").get_data(as_text=True)

        self.assertIn('name="title"', page)
        self.assertIn('name="body"', page)
        self.assertIn('name="csrf_token"', page)

    def test_valid_post_is_created_and_shown(self):
        user = self.make_user("ada")
        self.login("ada")

        response = self.client.post(
            "/posts/new/", data={"title": "Hello", "body": "World", "csrf_token": self.csrf_token()}
        )

        posts, total = store.list_posts()
        self.assertEqual(total, 1)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], f"/posts/{posts[0].id}/")
        self.assertEqual((posts[0].title, posts[0].body), ("Hello", "World"))
        self.assertEqual(posts[0].author_id, store.user_id(user))

    def test_invalid_post_shows_the_form_again_and_creates_nothing(self):
        self.make_user("ada")
        cases = [("", "Body"), ("   ", "Body"), ("x" * 201, "Body"), ("Title", "")]
        for title, body in cases:
            with self.subTest(title=title, body=body):
                self.login("ada")

                response = self.client.post(
                    "/posts/new/",
                    data={"title": title, "body": body, "csrf_token": self.csrf_token()},
                )

                self.assertEqual(response.status_code, 200)
                self.assertIn('class="error"', response.get_data(as_text=True))
                self.assertEqual(store.list_posts()[1], 0)

    def test_post_without_csrf_token_is_rejected(self):
        self.make_user("ada")
        self.login("ada")

        response = self.client.post("/posts/new/", data={"title": "Hello", "body": "World"})

        self.assertEqual(response.status_code, 400)
        self.assertEqual(store.list_posts()[1], 0)


class ChangePostTests(AppTestCase):
    def make_post(self):
        """A post by ada, a user created with it."""
        user = self.make_user("ada")
        return store.create_post("Original", "Original body", store.user_id(user))

    def test_author_edits_their_post(self):
        post = self.make_post()
        self.login("ada")
        form = self.client.get(f"/posts/{post.id}/edit/").get_data(as_text=True)
        self.assertIn('value="Original"', form)

        response = self.client.post(
            f"/posts/{post.id}/edit/",
            data={"title": "Changed", "body": "New body", "csrf_token": self.csrf_token()},
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], f"/posts/{post.id}/")
        self.assertEqual(store.get_post(post.id).title, "Changed")

    def test_edit_form_shows_errors(self):
        post = self.make_post()
        self.login("ada")

        response = self.client.post(
            f"/posts/{post.id}/edit/",
            data={"title": "", "body": "x", "csrf_token": self.csrf_token()},
        )

        self.assertEqual(response.status_code, 200)
        self.assertEqual(store.get_post(post.id).title, "Original")

    def test_detail_offers_edit_and_delete_to_the_author_only(self):
        post = self.make_post()
        self.make_user("bob")
        self.assertNotIn("Delete", self.client.get(f"/posts/{post.id}/").get_data(as_text=True))

        self.login("bob")
        self.assertNotIn("Delete", self.client.get(f"/posts/{post.id}/").get_data(as_text=True))

        self.login("ada")
        self.assertIn("Delete", self.client.get(f"/posts/{post.id}/").get_data(as_text=True))

    def test_other_users_may_not_edit_or_delete(self):
        post = self.make_post()
        self.make_user("bob")
        self.login("bob")

        data = {"title": "Hijacked", "body": "x", "csrf_token": self.csrf_token()}
        self.assertEqual(self.client.get(f"/posts/{post.id}/edit/").status_code, 403)
        self.assertEqual(self.client.post(f"/posts/{post.id}/edit/", data=data).status_code, 403)
        delete = self.client.post(
            f"/posts/{post.id}/delete/", data={"csrf_token": self.csrf_token()}
        )
        self.assertEqual(delete.status_code, 403)
        self.assertEqual(store.get_post(post.id).title, "Original")

    def test_staff_may_edit_any_post(self):
        self.make_user("grace", staff=True)
        post = self.make_post()
        self.login("grace")

        response = self.client.post(
            f"/posts/{post.id}/edit/",
            data={"title": "Moderated", "body": "x", "csrf_token": self.csrf_token()},
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(store.get_post(post.id).title, "Moderated")

    def test_anonymous_users_may_not_edit_or_delete(self):
        post = self.make_post()

        edit = self.client.get(f"/posts/{post.id}/edit/")

        self.assertEqual(edit.status_code, 302)
        self.assertTrue(edit.headers["Location"].startswith("/accounts/login/"))
        self.assertEqual(self.client.post(f"/posts/{post.id}/delete/").status_code, 400)

    def test_author_deletes_their_post(self):
        post = self.make_post()
        self.login("ada")

        response = self.client.post(
            f"/posts/{post.id}/delete/", data={"csrf_token": self.csrf_token()}
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.headers["Location"], "/posts/")
        self.assertIsNone(store.get_post(post.id))

    def test_editing_an_unknown_post_is_not_found(self):
        self.make_user("ada")
        self.login("ada")

        self.assertEqual(self.client.get("/posts/999999/edit/").status_code, 404)
