"""The Django project's commands, as its README gives them."""

import secrets
from pathlib import Path

from tests.smoke.project import Project


def services(combination: dict) -> list[str]:
    return []


def environment(project: Project, combination: dict, data_dir: Path, urls: dict) -> dict:
    return {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{data_dir / 'db.sqlite3'}",
    }


def test_command(project: Project, combination: dict, urls: dict) -> tuple[list[str], dict]:
    """The project's own test command and the environment pointing it at the real services."""
    return ["pytest"], {}


def prepare(project: Project, env: dict) -> None:
    manage = ("python", "manage.py")
    project.uv_run(*manage, "check", "--deploy", "--fail-level", "WARNING", env=env)
    project.uv_run(*manage, "makemigrations", "--check", "--dry-run", env=env)
    project.uv_run(*manage, "migrate", "--noinput", env=env)
    project.uv_run(*manage, "collectstatic", "--noinput", env=env)


def serve_command(project: Project, combination: dict) -> list[str]:
    bind = ["--bind", "127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-"]
    return [project.executable("gunicorn"), "config.wsgi:application", *bind]


def serve_env(combination: dict) -> dict:
    # Production redirects to HTTPS; the smoke server speaks plain HTTP on loopback.
    return {"SECURE_SSL_REDIRECT": "false"}


def features(combination: dict) -> set[str]:
    return {"admin"}


def create_staff(project: Project, env: dict, credentials) -> None:
    project.uv_run(
        "python",
        "manage.py",
        "createsuperuser",
        "--noinput",
        "--username",
        credentials.username,
        "--email",
        credentials.email,
        env=env | {"DJANGO_SUPERUSER_PASSWORD": credentials.password},
    )
