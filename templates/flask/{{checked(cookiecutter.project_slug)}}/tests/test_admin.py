"""The admin site: staff only."""

import re

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase


class AdminTests(AppTestCase):
    def test_anonymous_users_are_sent_to_login(self):
        for path in ("/admin/", "/admin/user/", "/admin/post/"):
            with self.subTest(path=path):
                response = self.client.get(path)

                self.assertEqual(response.status_code, 302)
                self.assertEqual(response.headers["Location"], f"/accounts/login/?next={path}")

    def test_users_who_are_not_staff_are_refused(self):
        self.make_user("ada")
        self.login("ada")

        self.assertEqual(self.client.get("/admin/").status_code, 403)
        self.assertEqual(self.client.get("/admin/post/").status_code, 403)

    def test_staff_browse_users_and_posts(self):
        self.make_user("grace", staff=True)
        user = self.make_user("ada")
        store.create_post("Admin sees this", "Body", store.user_id(user))
        self.login("grace")

        self.assertEqual(self.client.get("/admin/").status_code, 200)
        users = self.client.get("/admin/user/").get_data(as_text=True)
        posts = self.client.get("/admin/post/").get_data(as_text=True)

        self.assertIn("ada@example.com", users)
        self.assertIn("Admin sees this", posts)

    def test_staff_edit_a_post_with_the_admin_csrf_token(self):
        self.make_user("grace", staff=True)
        user = self.make_user("ada")
        post = store.create_post("Before", "Body", store.user_id(user))
        self.login("grace")
        url = f"/admin/post/edit/?id={post.id}"
        form = self.client.get(url).get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form)
        data = {"title": "After", "body": "Body", "author": str(store.user_id(user))}

        refused = self.client.post(url, data=data)
        self.assertEqual(store.get_post(post.id).title, "Before")
        self.assertEqual(refused.status_code, 200)

        self.client.post(url, data=data | {"csrf_token": token.group(1)})
        self.assertEqual(store.get_post(post.id).title, "After")
