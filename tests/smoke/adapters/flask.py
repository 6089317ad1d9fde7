"""The Flask project's commands, as its README gives them."""

import secrets
from pathlib import Path

from tests.smoke.project import Project


def services(combination: dict) -> list[str]:
    return []


def environment(project: Project, combination: dict, data_dir: Path, urls: dict) -> dict:
    return {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "APP_ENV": "production",
        "DATABASE_URL": f"sqlite:///{data_dir / 'app.db'}",
    }


def test_command(project: Project, combination: dict, urls: dict) -> tuple[list[str], dict]:
    """The project's own test command and the environment pointing it at the real services."""
    return ["pytest"], {}


def prepare(project: Project, env: dict) -> None:
    project.uv_run("flask", "--app", project.path.name, "db", "upgrade", env=env)


def serve_command(project: Project, combination: dict) -> list[str]:
    bind = ["--bind", "127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-"]
    return [project.executable("gunicorn"), f"{project.path.name}:create_app()", *bind]


def serve_env(combination: dict) -> dict:
    return {}


def features(combination: dict) -> set[str]:
    return set()


def create_staff(project: Project, env: dict, credentials) -> None:
    raise NotImplementedError("the Flask project has no users to create yet")
