"""Command-line tasks."""

import pytest

from {{ cookiecutter.project_slug }}.posts import store

PASSWORD = "a long admin password"


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def test_create_admin_reads_the_password_from_the_environment(runner):
    result = runner.invoke(
        args=["create-admin", "root", "root@example.com"], env={"ADMIN_PASSWORD": PASSWORD}
    )

    assert result.exit_code == 0, result.output
    assert store.is_staff(store.check_credentials("root", PASSWORD))


def test_create_admin_prompts_for_the_password(runner):
    result = runner.invoke(
        args=["create-admin", "root", "root@example.com"], input=f"{PASSWORD}\n{PASSWORD}\n"
    )

    assert result.exit_code == 0, result.output
    assert store.check_credentials("root@example.com", PASSWORD) is not None


@pytest.mark.usefixtures("user")
def test_create_admin_refuses_an_existing_user(runner):
    result = runner.invoke(
        args=["create-admin", "ada", "new@example.com"], env={"ADMIN_PASSWORD": PASSWORD}
    )

    assert result.exit_code != 0
    assert "exists" in result.output


def test_create_admin_refuses_a_short_password(runner):
    result = runner.invoke(
        args=["create-admin", "root", "root@example.com"], env={"ADMIN_PASSWORD": "short"}
    )

    assert result.exit_code != 0
    assert store.find_user("root") is None
