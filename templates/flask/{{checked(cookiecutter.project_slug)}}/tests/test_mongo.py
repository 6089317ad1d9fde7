"""The MongoDB indexes that ``flask init-db`` creates."""

from pymongo.errors import DuplicateKeyError

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import PASSWORD, AppTestCase


class IndexTests(AppTestCase):
    def test_init_db_makes_usernames_and_emails_unique(self):
        result = self.app.test_cli_runner().invoke(args=["init-db"])
        self.assertEqual(result.exit_code, 0, result.output)
        store.create_user("ada", "ada@example.com", PASSWORD)

        with self.assertRaises(DuplicateKeyError):
            store.create_user("ada", "other@example.com", PASSWORD)
        with self.assertRaises(DuplicateKeyError):
            store.create_user("other", "ADA@example.com", PASSWORD)
