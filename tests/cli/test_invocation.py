"""Every way of invoking the template that the README documents produces the same project."""

import os
import shutil
import subprocess

import pytest

from tests.cli.runner import run_cookiecutter, user_config
from tests.template import FRAMEWORKS, ROOT


def _tree(project):
    """Relative paths of the generated files (the secret .env and the first commit's .git differ
    on every bake)."""
    return sorted(
        str(p.relative_to(project))
        for p in project.rglob("*")
        if p.is_file() and p.name != ".env" and ".git" not in p.relative_to(project).parts
    )


def _same_files(a, b):
    assert _tree(a) == _tree(b)
    for name in _tree(a):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_directory_option_on_a_relative_root_path(framework, tmp_path):
    """The CI-fixture form: `cookiecutter <repo> --directory templates/<fw> --no-input k=v`."""
    relative_root = os.path.relpath(ROOT, tmp_path)
    result = run_cookiecutter(
        relative_root,
        "--directory",
        f"templates/{framework}",
        "--no-input",
        "project_name=Fixture Site",
        "license=Apache-2.0",
        cwd=tmp_path,
        config=user_config(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    project = tmp_path / "fixture_site"
    assert "Apache License" in (project / "LICENSE").read_text()
    assert "Fixture Site" in (project / "README.md").read_text()
    assert (project / ".env").is_file()


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_replay_on_a_template_reproduces_the_project(framework, tmp_path):
    config = user_config(tmp_path)
    template = str(ROOT / "templates" / framework)
    first = tmp_path / "first"
    second = tmp_path / "second"
    answers = ["project_name=Replayed", "license=BSD-3-Clause", "python_version=3.13"]
    result = run_cookiecutter(
        template, "--no-input", "-o", str(first), *answers, cwd=tmp_path, config=config
    )
    assert result.returncode == 0, result.stderr
    result = run_cookiecutter(template, "--replay", "-o", str(second), cwd=tmp_path, config=config)
    assert result.returncode == 0, result.stderr
    _same_files(first / "replayed", second / "replayed")
    assert (first / "replayed" / ".env").read_text() != (second / "replayed" / ".env").read_text()


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_git_clone_of_the_repository(framework, tmp_path):
    """As `gh:ORG/...` does: cookiecutter clones the repository, then bakes from the clone."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.fail("this test needs the repository's git checkout")
    clone = tmp_path / "origin"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    result = run_cookiecutter(
        f"git+file://{clone}",
        "--directory",
        f"templates/{framework}",
        "--no-input",
        "-o",
        str(tmp_path / "out"),
        "project_name=Cloned",
        cwd=tmp_path,
        config=user_config(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "cloned" / "LICENSE").is_file()


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_pytest_cookies_bakes_the_template(cookies, framework):
    result = cookies.bake(
        template=str(ROOT / "templates" / framework),
        extra_context={"project_name": "Cookie Jar", "license": "GPL-3.0-or-later"},
    )
    assert result.exit_code == 0, result.exception
    assert result.project_path.name == "cookie_jar"
    assert "GNU GENERAL PUBLIC LICENSE" in (result.project_path / "LICENSE").read_text()


SUMMARY_ANSWERS = {
    "django": ["database=postgresql", "cache=redis", "test_runner=unittest"],
    "flask": ["orm=pony", "admin=no", "database=mariadb", "cache=redis", "test_runner=unittest"],
}
SUMMARY_SERVICES = {
    "django": "services: PostgreSQL in production (DATABASE_URL); Redis in production (REDIS_URL)",
    "flask": "services: MariaDB in production (DATABASE_URL); Redis, also to run it locally "
    "(REDIS_URL)",
}


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_a_bake_ends_with_a_summary_and_a_first_commit(framework, tmp_path):
    """The summary names the folder, README's run and test commands and the servers; the project
    is a git repository with everything but the git-ignored .env committed."""
    out = tmp_path / "out dir"
    result = run_cookiecutter(
        str(ROOT / "templates" / framework),
        "--no-input",
        "-o",
        str(out),
        "project_name=Summed Up",
        *SUMMARY_ANSWERS[framework],
        cwd=tmp_path,
        config=user_config(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    project = out / "summed_up"
    lines = [line.strip() for line in result.stdout.splitlines()]
    readme = (project / "README.md").read_text()
    run_line = next(line for line in lines if line.startswith("run it:"))
    test_line = next(line for line in lines if line.startswith("test it:"))
    run_command = run_line.removeprefix(f"run it:   cd '{project}' && ")
    test_command = test_line.removeprefix("test it:  ")
    assert f"Created {project} ({framework.capitalize()})." in lines
    assert run_command != run_line and f"\n{run_command}\n" in readme
    assert f"\n{test_command}\n" in readme and "coverage report" in test_command
    assert SUMMARY_SERVICES[framework] in lines
    assert "git:      a new git repository with a first commit" in lines
    status = subprocess.run(
        ["git", "status", "--porcelain", "--ignored"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == "!! .env\n"
