"""The Django project's commands, as its README gives them."""

import secrets
from pathlib import Path

from tests.smoke.adapters import LOGIN_FAILURE_LIMIT
from tests.smoke.project import Project

# mysql is tested on MariaDB: Debian ships no MySQL server. No Oracle server exists here: an
# oracle project is installed, checked against an oracle:// URL and otherwise run on SQLite.
DATABASE_SERVICES = {"postgresql": "postgres_url", "mysql": "mariadb_url", "mariadb": "mariadb_url"}
CACHE_SERVICES = {"redis": "redis_url", "memcached": "memcached_location"}
ORACLE_URL = "oracle://app:app-password@127.0.0.1:1521/FREEPDB1"


def services(combination: dict) -> list[str]:
    return [
        service
        for service in (
            DATABASE_SERVICES.get(combination["database"]),
            CACHE_SERVICES.get(combination["cache"]),
        )
        if service
    ]


def _service_env(combination: dict, urls: dict) -> dict:
    env = {}
    database = DATABASE_SERVICES.get(combination["database"])
    if database:
        env["DATABASE_URL"] = urls[database]
    if combination["cache"] == "redis":
        env["REDIS_URL"] = urls["redis_url"]
    elif combination["cache"] == "memcached":
        env["MEMCACHED_LOCATION"] = urls["memcached_location"]
    return env


def environment(project: Project, combination: dict, data_dir: Path, urls: dict) -> dict:
    return {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{data_dir / 'db.sqlite3'}",
        # Django 6.1 production requires a mail server; nothing here sends mail.
        "EMAIL_URL": "smtp://127.0.0.1:25",
    } | _service_env(combination, urls)


def test_command(project: Project, combination: dict, urls: dict) -> tuple[list[str], dict]:
    """The project's own test command and the environment pointing it at the real services."""
    if combination["test_runner"] == "unittest":
        command = ["sh", "-c", "coverage run manage.py test && coverage report"]
        return command, _service_env(combination, urls)
    return ["pytest"], _service_env(combination, urls)


def prepare(project: Project, combination: dict, env: dict) -> None:
    manage = ("python", "manage.py")
    project.uv_run(*manage, "check", "--deploy", "--fail-level", "WARNING", env=env)
    if combination["database"] == "oracle":
        # The driver imports and every check passes against an Oracle URL (nothing to connect to).
        project.uv_run(*manage, "check", env=env | {"DATABASE_URL": ORACLE_URL})
    project.uv_run(*manage, "makemigrations", "--check", "--dry-run", env=env)
    project.uv_run(*manage, "migrate", "--noinput", env=env)
    project.uv_run(*manage, "collectstatic", "--noinput", env=env)


def serve_command(project: Project, combination: dict) -> list[str]:
    server = combination["server"]
    if server == "uvicorn":
        bind = ["--host", "127.0.0.1", "--port", "{port}", "--workers", "2"]
        return [project.executable("uvicorn"), "config.asgi:application", *bind]
    if server == "daphne":
        bind = ["--bind", "127.0.0.1", "--port", "{port}"]
        return [project.executable("daphne"), *bind, "config.asgi:application"]
    if server == "hypercorn":
        bind = ["--bind", "127.0.0.1:{port}", "--workers", "2"]
        return [project.executable("hypercorn"), *bind, "config.asgi:application"]
    bind = ["--bind", "127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-"]
    return [project.executable("gunicorn"), "config.wsgi:application", *bind]


def serve_env(combination: dict) -> dict:
    # Production as deployed: the contract client plays the TLS proxy (X-Forwarded-Proto).
    return {"LOGIN_FAILURE_LIMIT": str(LOGIN_FAILURE_LIMIT)}


def weak_secret_command(project: Project) -> list[str]:
    """Django's system checks load the production settings, which vet SECRET_KEY."""
    return [project.executable("python"), "manage.py", "check"]


def not_served_here(combination: dict) -> str | None:
    """Every Django combination is served here (Oracle's on SQLite, see ``environment``)."""
    return None


def features(combination: dict) -> set[str]:
    result = {"database", "admin", "accounts"}
    if combination["username_type"] == "email":
        result.add("email_login")
    if combination["example_app"]:
        result.add("posts")
        if combination["use_feeds"]:
            result.add("feeds")
        if combination["use_sitemaps"]:
            result.add("sitemap")
        if combination["rest_api"] != "none":
            result |= {"api", "openapi"}
    return result


def create_staff(project: Project, combination: dict, env: dict, credentials) -> None:
    identity = ["--email", credentials.email]
    if combination["username_type"] == "username":
        identity = ["--username", credentials.username, *identity]
    project.uv_run(
        "python",
        "manage.py",
        "createsuperuser",
        "--noinput",
        *identity,
        env=env | {"DJANGO_SUPERUSER_PASSWORD": credentials.password},
    )
