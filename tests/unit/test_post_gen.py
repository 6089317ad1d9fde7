"""Post-generation: secrets in .env, the chosen LICENSE, pruning."""

import datetime
import subprocess

import pytest

from hooks import post_gen, secret_env

EXAMPLE = "# comment=change-me\nDEBUG=true\nSECRET_KEY=change-me\nDB_PASSWORD=change-me\n"


def test_render_env_replaces_every_placeholder_with_a_long_secret():
    rendered = secret_env.render_env(EXAMPLE)
    values = dict(line.split("=", 1) for line in rendered.splitlines() if "=" in line)
    assert values["# comment"] == "change-me"
    assert values["DEBUG"] == "true"
    assert len(values["SECRET_KEY"]) >= 50
    assert values["SECRET_KEY"] != values["DB_PASSWORD"]
    assert secret_env.PLACEHOLDER not in (values["SECRET_KEY"], values["DB_PASSWORD"])


def test_render_env_differs_on_every_call():
    assert secret_env.render_env(EXAMPLE) != secret_env.render_env(EXAMPLE)


def test_write_env_needs_an_example(tmp_path):
    secret_env.write_env(tmp_path)
    assert not (tmp_path / ".env").exists()
    (tmp_path / ".env.example").write_text(EXAMPLE)
    secret_env.write_env(tmp_path)
    assert "SECRET_KEY=change-me" not in (tmp_path / ".env").read_text()


@pytest.mark.parametrize(
    ("license_id", "expected"),
    [
        ("MIT", "Permission is hereby granted"),
        ("BSD-3-Clause", "Redistribution and use in source and binary forms"),
        ("Apache-2.0", "Apache License"),
        ("GPL-3.0-or-later", "GNU GENERAL PUBLIC LICENSE"),
        ("Proprietary", "All rights reserved"),
    ],
)
def test_write_license_fills_year_and_author(tmp_path, license_id, expected):
    post_gen.write_license(tmp_path, license_id, "Jane Doe")
    text = (tmp_path / "LICENSE").read_text()
    assert expected in text
    assert "[year]" not in text
    assert "[fullname]" not in text
    if license_id in ("MIT", "BSD-3-Clause", "Proprietary"):
        assert str(datetime.date.today().year) in text
        assert "Jane Doe" in text


def test_prune_removes_files_and_directories(tmp_path):
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "drf.py").write_text("")
    (tmp_path / "Dockerfile").write_text("")
    (tmp_path / "keep.py").write_text("")
    post_gen.prune(tmp_path, ["api", "Dockerfile", "absent.txt"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.py"]


ANSWERS = {"project_name": "Zoë's Site", "author_name": "Zoë O'Neil", "email": "zoe@example.com"}


@pytest.fixture
def no_git_identity(tmp_path, monkeypatch):
    """A git with no user.name or user.email anywhere, as on a fresh machine."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("AUTHOR", "COMMITTER"):
        monkeypatch.delenv(f"GIT_{name}_NAME", raising=False)
        monkeypatch.delenv(f"GIT_{name}_EMAIL", raising=False)


def _project(tmp_path):
    project = tmp_path / "site"
    project.mkdir()
    (project / "app.py").write_text("print('hi')\n")
    (project / ".gitignore").write_text(".env\n")
    (project / ".env").write_text("SECRET_KEY=x\n")
    return project


def _git(project, *args):
    return subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, check=True)


def test_init_git_commits_everything_but_ignored_files_as_the_author(tmp_path, no_git_identity):
    project = _project(tmp_path)
    note = post_gen.init_git(project, ANSWERS)
    assert note == "a new git repository with a first commit"
    assert _git(project, "status", "--porcelain").stdout == ""
    assert _git(project, "ls-files").stdout.split() == [".gitignore", "app.py"]
    log = _git(project, "log", "--format=%an <%ae>|%s").stdout.strip()
    assert (
        log
        == "Zoë O'Neil <zoe@example.com>|Initial commit: Zoë's Site, from cookiecutter-django-flask"
    )


def test_init_git_keeps_the_users_own_identity(tmp_path, no_git_identity):
    (tmp_path / "no-gitconfig").write_text("[user]\n\tname = Git User\n\temail = git@example.org\n")
    project = _project(tmp_path)
    post_gen.init_git(project, ANSWERS)
    assert _git(project, "log", "--format=%an <%ae>").stdout.strip() == "Git User <git@example.org>"


def test_init_git_leaves_an_enclosing_repository_alone(tmp_path):
    _git(tmp_path, "init", "-q")
    project = _project(tmp_path)
    note = post_gen.init_git(project, ANSWERS)
    assert "already inside a git work tree" in note
    assert not (project / ".git").exists()
    assert _git(tmp_path, "rev-list", "--all").stdout == ""


def test_init_git_ignores_variables_that_point_at_another_repository(tmp_path, monkeypatch):
    other = tmp_path / "other"
    other.mkdir()
    _git(other, "init", "-q")
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_INDEX_FILE", str(other / ".git" / "index"))
    project = _project(tmp_path)
    assert post_gen.init_git(project, ANSWERS) == "a new git repository with a first commit"
    monkeypatch.delenv("GIT_DIR")
    monkeypatch.delenv("GIT_INDEX_FILE")
    assert _git(project, "ls-files").stdout.split() == [".gitignore", "app.py"]
    assert _git(other, "rev-list", "--all").stdout == ""
    assert not (other / ".git" / "index").exists()


def test_init_git_without_git_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    project = _project(tmp_path)
    note = post_gen.init_git(project, ANSWERS)
    assert note.startswith("git is not installed") and "git init" in note
    assert not (project / ".git").exists()


def test_a_failing_git_never_fails_the_bake(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "git"
    fake.write_text(
        '#!/bin/sh\n[ "$1" = commit ] || [ "$3" = commit ] || [ "$5" = commit ] '
        "&& { echo 'fatal: cannot sign' >&2; exit 128; }\n"
        '[ "$1" = rev-parse ] && exit 128\nexit 0\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    note = post_gen.init_git(_project(tmp_path), ANSWERS)
    assert (
        note
        == "git commit failed (fatal: cannot sign): run git init, git add and git commit yourself"
    )


@pytest.mark.parametrize(
    ("framework", "answers", "expected"),
    [
        ("django", {"database": "sqlite", "cache": "locmem"}, []),
        (
            "django",
            {"database": "postgresql", "cache": "memcached"},
            [
                "PostgreSQL in production (DATABASE_URL)",
                "Memcached in production (MEMCACHED_LOCATION)",
            ],
        ),
        ("flask", {"orm": "sqlalchemy", "database": "sqlite", "cache": "none"}, []),
        ("flask", {"orm": "none", "database": "mariadb", "cache": "none"}, []),
        (
            "flask",
            {"orm": "pymongo", "database": "postgresql", "cache": "redis"},
            [
                "MongoDB, also to run it locally (MONGODB_URI)",
                "Redis, also to run it locally (REDIS_URL)",
            ],
        ),
    ],
)
def test_services_name_the_servers_the_answers_need(framework, answers, expected):
    from hooks.options import for_framework

    assert for_framework(framework).services(answers) == expected
