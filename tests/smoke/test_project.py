"""Smoke tier: each generated project passes its own tests, pre-commit and deployment checks."""

import pytest

pytestmark = pytest.mark.smoke


def test_own_tests_pass(built):
    command, env = built.driver.test_command(built.project, built.combination, built.urls)
    built.project.uv_run(*command, env=env)


def test_pre_commit_passes_on_the_generated_files(built):
    built.project.uv_run("pre-commit", "run", "--all-files", "--show-diff-on-failure")


def test_deployment_checks_and_database_setup(built):
    built.prepare()
