"""The Flask project's commands, as its README gives them."""

import atexit
import ctypes
import secrets
import signal
import subprocess
from pathlib import Path

from tests.services import free_port, port_open, wait_until
from tests.smoke.adapters import LOGIN_FAILURE_LIMIT
from tests.smoke.project import Project, clean_environment, interpreter

# mysql is tested on MariaDB: Debian ships no MySQL server. The project's config adds the driver
# to the URL's scheme (postgresql+psycopg://, mysql+pymysql://, mariadb+pymysql://).
DATABASE_SERVICES = {"postgresql": "postgres_url", "mysql": "mariadb_url", "mariadb": "mariadb_url"}

# No mongod exists here: the Mongo ORMs are served on nx-27017, a MongoDB wire-protocol server on
# SQLite (PyPI), run with uv's tool runner for the life of the test session.
NX_27017 = "nx-27017==0.8.1"
MONGO_ORMS = ("mongoengine", "pymongo")
# The ORMs with migrations (``flask db upgrade``) and those whose database needs ``flask init-db``
# (PyMongo's indexes, Pony's tables).
MIGRATED_ORMS = ("sqlalchemy", "peewee")
INIT_DB_ORMS = ("pymongo", "pony")


def services(combination: dict) -> list[str]:
    needed = []
    if combination["orm"] not in MONGO_ORMS and combination["database"] in DATABASE_SERVICES:
        needed.append(DATABASE_SERVICES[combination["database"]])
    if _redis(combination):
        needed.append("redis_url")
    return needed


def _redis(combination: dict) -> bool:
    """Whether the project uses Redis: the feeds' cache (cache applies with feeds only)."""
    return (
        combination["cache"] == "redis"
        and combination["use_feeds"]
        and combination["auth"] != "none"
    )


def _database_url(combination: dict, urls: dict) -> str | None:
    if combination["orm"] in MONGO_ORMS:
        return None
    service = DATABASE_SERVICES.get(combination["database"])
    if service is None:
        return None
    url = urls[service]
    if combination["database"] == "mariadb":
        url = url.replace("mysql://", "mariadb://", 1)
    return url


def environment(project: Project, combination: dict, data_dir: Path, urls: dict) -> dict:
    env = {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "APP_ENV": "production",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    if combination["auth"] == "flask-security":
        env["SECURITY_PASSWORD_SALT"] = secrets.token_urlsafe(48)
    if _redis(combination):
        env["REDIS_URL"] = urls["redis_url"]
    if combination["orm"] in MONGO_ORMS:
        return env | {"MONGODB_URI": _start_mongo(project, data_dir)}
    return env | {
        "DATABASE_URL": _database_url(combination, urls) or f"sqlite:///{data_dir / 'app.db'}"
    }


def _start_mongo(project: Project, data_dir: Path) -> str:
    """Start nx-27017 on a free port for this test process's life; its database URI.

    It runs from its own venv (no wrapper process), stopped at exit and, should the test process
    die without running exit handlers (xdist workers can), by the kernel's parent-death signal.
    """
    port = free_port()
    folder = data_dir / "mongo"
    venv = folder / "venv"
    folder.mkdir()
    env = clean_environment()
    python = interpreter(project.python_version)
    subprocess.run(["uv", "venv", "-q", "--python", python, str(venv)], env=env, check=True)
    install = ["uv", "pip", "install", "-q", "--python", str(venv / "bin" / "python"), NX_27017]
    subprocess.run(install, env=env, check=True)
    command = [str(venv / "bin" / "nx-27017"), "--data-dir", str(folder / "data"), "-p", str(port)]
    command += ["--pid-file", str(folder / "nx.pid"), "--log-file", str(folder / "nx.log")]
    with (folder / "out.log").open("wb") as out:
        process = subprocess.Popen(
            command,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=_terminate_with_parent,
        )
    atexit.register(_stop, process)
    wait_until(lambda: port_open(port), f"nx-27017 on port {port}", process)
    return f"mongodb://127.0.0.1:{port}/app"


def _terminate_with_parent() -> None:
    """In the child: ask Linux for SIGTERM when the parent process dies (PR_SET_PDEATHSIG)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=20)


def test_command(project: Project, combination: dict, urls: dict) -> tuple[list[str], dict]:
    """The project's own test command and the environment pointing it at the real services."""
    url = _database_url(combination, urls)
    env = {"TEST_DATABASE_URL": url} if url else {}
    if _redis(combination):
        env["REDIS_URL"] = urls["redis_url"]
    if combination["test_runner"] == "unittest":
        return ["sh", "-c", "coverage run -m unittest && coverage report"], env
    return ["pytest"], env


def prepare(project: Project, combination: dict, env: dict) -> None:
    """Apply the migrations where the ORM has them; else make PyMongo's indexes or Pony's tables."""
    flask = ("flask", "--app", project.path.name)
    if combination["orm"] in MIGRATED_ORMS:
        project.uv_run(*flask, "db", "upgrade", env=env)
    elif combination["orm"] in INIT_DB_ORMS:
        project.uv_run(*flask, "init-db", env=env)


def serve_command(project: Project, combination: dict) -> list[str]:
    bind = ["--bind", "127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-"]
    if combination.get("rest_api") == "connexion":
        # Connexion 3 is ASGI middleware: gunicorn runs the project's asgi.py with uvicorn workers.
        app = [f"{project.path.name}.asgi:app", "--worker-class", "uvicorn_worker.UvicornWorker"]
        return [project.executable("gunicorn"), *app, *bind]
    return [project.executable("gunicorn"), f"{project.path.name}:create_app()", *bind]


def serve_env(combination: dict) -> dict:
    # Production as deployed: the contract client plays the TLS proxy (X-Forwarded-Proto).
    return {"LOGIN_FAILURE_LIMIT": str(LOGIN_FAILURE_LIMIT)}


def weak_secret_command(project: Project) -> list[str]:
    """Building the app loads the production configuration, which vets SECRET_KEY."""
    factory = f"from {project.path.name} import create_app; create_app()"
    return [project.executable("python"), "-c", factory]


def not_served_here(combination: dict) -> str | None:
    """Why this machine cannot check the combination over HTTP, or None."""
    if combination["orm"] == "mongoengine" and combination["auth"] == "flask-security":
        return (
            "Flask-Security-Too finds users case-insensitively by regular expression, which "
            "nx-27017 (the only MongoDB server here) does not implement"
        )
    return None


def features(combination: dict) -> set[str]:
    result = set() if combination["orm"] == "none" else {"database"}
    if combination["auth"] != "none":
        result |= {"posts", "accounts"}
    if combination["admin"]:
        result.add("admin")
    # The REST API and extras (flask-api's questions).
    if combination.get("use_feeds"):
        result.add("feeds")
    if combination.get("use_sitemap"):
        result.add("sitemap")
    if combination.get("rest_api", "none") != "none":
        result.add("api")
    # Flask-RESTX writes Swagger 2.0 (/api/swagger.json); RESTful and Classful write nothing.
    if combination.get("rest_api") in ("flask-smorest", "connexion"):
        result.add("openapi")
    if combination.get("jwt"):
        result.add("jwt")
    return result


def create_staff(project: Project, combination: dict, env: dict, credentials) -> None:
    """A staff user through the project's own command; the password comes from the environment."""
    project.uv_run(
        "flask",
        "--app",
        project.path.name,
        "create-admin",
        credentials.username,
        credentials.email,
        env=env | {"ADMIN_PASSWORD": credentials.password},
    )
