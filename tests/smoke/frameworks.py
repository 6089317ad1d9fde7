"""How each framework's generated project is prepared and served (its README's commands)."""

import secrets
from pathlib import Path

from tests.smoke.project import Project


def production_env(framework: str, project: Project, data_dir: Path) -> dict[str, str]:
    """Production configuration with a fresh secret and a database of the test's own."""
    env = {"SECRET_KEY": secrets.token_urlsafe(48)}
    if framework == "django":
        env |= {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"sqlite:///{data_dir / 'db.sqlite3'}",
        }
    else:
        env |= {"APP_ENV": "production", "DATABASE_URL": f"sqlite:///{data_dir / 'app.db'}"}
    return env


def prepare(framework: str, project: Project, env: dict[str, str]) -> None:
    """Deployment checks and database setup, as the generated README prescribes."""
    if framework == "django":
        project.uv_run(
            "python", "manage.py", "check", "--deploy", "--fail-level", "WARNING", env=env
        )
        project.uv_run("python", "manage.py", "makemigrations", "--check", "--dry-run", env=env)
        project.uv_run("python", "manage.py", "migrate", "--noinput", env=env)
        project.uv_run("python", "manage.py", "collectstatic", "--noinput", env=env)
    else:
        project.uv_run("flask", "--app", project.path.name, "db", "upgrade", env=env)


def serve_command(framework: str, project: Project) -> list[str]:
    app = (
        "config.wsgi:application" if framework == "django" else f"{project.path.name}:create_app()"
    )
    bind = ["--bind", "127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-"]
    return [project.executable("gunicorn"), app, *bind]


def serve_env(framework: str) -> dict[str, str]:
    """What the server needs beyond production_env: plain HTTP on loopback, no TLS redirect."""
    return {"SECURE_SSL_REDIRECT": "false"} if framework == "django" else {}
