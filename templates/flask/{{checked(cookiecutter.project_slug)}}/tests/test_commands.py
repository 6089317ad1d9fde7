"""Command-line tasks."""

from {{ cookiecutter.project_slug }}.posts import store
from tests.base import AppTestCase

PASSWORD = "a long admin password"


class CreateAdminTests(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.runner = self.app.test_cli_runner()

    def test_create_admin_reads_the_password_from_the_environment(self):
        result = self.runner.invoke(
            args=["create-admin", "root", "root@example.com"], env={"ADMIN_PASSWORD": PASSWORD}
        )

        self.assertEqual(result.exit_code, 0, result.output)
        self.assertTrue(store.is_staff(store.check_credentials("root", PASSWORD)))

    def test_create_admin_prompts_for_the_password(self):
        result = self.runner.invoke(
            args=["create-admin", "root", "root@example.com"], input=f"{PASSWORD}\n{PASSWORD}\n"
        )

        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIsNotNone(store.check_credentials("root@example.com", PASSWORD))

    def test_create_admin_refuses_an_existing_user(self):
        self.make_user("ada")

        result = self.runner.invoke(
            args=["create-admin", "ada", "new@example.com"], env={"ADMIN_PASSWORD": PASSWORD}
        )

        self.assertNotEqual(result.exit_code, 0)
        self.assertIn("exists", result.output)

    def test_create_admin_refuses_a_short_password(self):
        result = self.runner.invoke(
            args=["create-admin", "root", "root@example.com"], env={"ADMIN_PASSWORD": "short"}
        )

        self.assertNotEqual(result.exit_code, 0)
        self.assertIsNone(store.find_user("root"))
