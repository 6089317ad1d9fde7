"""Smoke tier: each generated project passes its own tests, pre-commit and deployment checks."""

import pytest

from hooks.validation import reserved_names
from tests.import_names import installed_names

pytestmark = pytest.mark.smoke


def test_own_tests_pass(built):
    command, env = built.driver.test_command(built.project, built.combination, built.urls)
    built.project.uv_run(*command, env=env)


def test_pre_commit_passes_on_the_generated_files(built):
    built.project.uv_run("pre-commit", "run", "--all-files", "--show-diff-on-failure")


def test_deployment_checks_and_database_setup(built):
    built.prepare()


def test_every_module_the_project_can_import_is_refused_as_a_slug(built):
    """Else hooks/import_names.json is stale: run `uv run python -m tests.import_names`."""
    assert installed_names(built.project) - reserved_names(built.framework) == set()
