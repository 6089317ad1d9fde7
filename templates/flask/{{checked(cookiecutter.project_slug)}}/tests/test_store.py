"""The posts store: the only code that talks to the database."""

from datetime import UTC

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import PASSWORD, AppTestCase


class PostStoreTests(AppTestCase):
    def test_created_post_reads_back_as_plain_data(self):
        user = self.make_user("ada")
        created = store.create_post("Hello", "First post", store.user_id(user))

        post = store.get_post(created.id)

        self.assertEqual(post, created)
        self.assertEqual((post.title, post.body, post.author), ("Hello", "First post", "ada"))
        self.assertEqual(post.author_id, store.user_id(user))
        self.assertIsNotNone(post.created.tzinfo)
        self.assertEqual(post.created.utcoffset(), UTC.utcoffset(None))

    def test_unknown_or_malformed_ids_find_nothing(self):
        for post_id in (999999, "not-an-id", None):
            with self.subTest(post_id=post_id):
                self.assertIsNone(store.get_post(post_id))
                self.assertIsNone(store.update_post(post_id, title="x"))
                self.assertIs(store.delete_post(post_id), False)

    def test_posts_are_listed_newest_first_and_paginated(self):
        user = self.make_user("ada")
        for number in range(12):
            store.create_post(f"Post {number}", "Body", store.user_id(user))

        first, total = store.list_posts(page=1, per_page=10)
        second, _ = store.list_posts(page=2, per_page=10)

        self.assertEqual(total, 12)
        self.assertEqual([post.title for post in first][:2], ["Post 11", "Post 10"])
        self.assertEqual([post.title for post in second], ["Post 1", "Post 0"])
        self.assertEqual(
            [post.title for post in store.latest_posts(3)], ["Post 11", "Post 10", "Post 9"]
        )

    def test_update_changes_only_the_given_fields(self):
        user = self.make_user("ada")
        post = store.create_post("Old", "Body", store.user_id(user))

        updated = store.update_post(post.id, title="New")

        self.assertEqual((updated.title, updated.body), ("New", "Body"))
        self.assertEqual(store.get_post(post.id).title, "New")

    def test_delete_removes_the_post(self):
        user = self.make_user("ada")
        post = store.create_post("Doomed", "Body", store.user_id(user))

        self.assertIs(store.delete_post(post.id), True)
        self.assertIsNone(store.get_post(post.id))
        self.assertEqual(store.list_posts(), ([], 0))


class UserStoreTests(AppTestCase):
    def test_credentials_match_username_or_email(self):
        user = self.make_user("ada")

        self.assertEqual(
            store.user_id(store.check_credentials("ada", PASSWORD)), store.user_id(user)
        )
        self.assertEqual(
            store.user_id(store.check_credentials("ADA@example.com", PASSWORD)),
            store.user_id(user),
        )
        self.assertIsNone(store.check_credentials("ada", "wrong"))
        self.assertIsNone(store.check_credentials("nobody", PASSWORD))

    def test_passwords_are_stored_hashed(self):
        user = self.make_user("ada")

        self.assertNotIn(PASSWORD, str(vars(user)))

    def test_users_are_found_by_id(self):
        user = self.make_user("ada")

        self.assertEqual(
            store.user_id(store.get_user(str(store.user_id(user)))), store.user_id(user)
        )
        self.assertIsNone(store.get_user("not-an-id"))

    def test_staff_flag(self):
        user = self.make_user("ada")
        staff = self.make_user("grace", staff=True)

        self.assertTrue(store.is_staff(staff))
        self.assertFalse(store.is_staff(user))
        self.assertFalse(store.is_staff(None))


class DatabaseTests(AppTestCase):
    def test_database_is_reported_reachable(self):
        self.assertTrue(store.database_ok())
