"""Rules of the Django template: conflicting answers, answers that do not apply, optional paths."""

from dataclasses import replace

from hooks.facts import (
    DEV_TOOLS,
    MARIADB,
    MEMCACHED,
    MYSQL,
    ORACLE,
    POSTGRESQL,
    REDIS,
    Dependency,
    EnvVar,
    Section,
    Service,
    chosen,
)
from hooks.rules import Conflict, Ignored, Keep, when

CONFLICTS: list[Conflict] = [
    Conflict(
        when(django_version="6.1", python_version="3.11"),
        "Django 6.1 needs Python 3.12 or newer: choose python_version 3.12 or 3.13, "
        "or django_version 5.2",
    ),
]

IGNORED: list[Ignored] = [
    Ignored(
        when(example_app=False),
        "use_feeds",
        False,
        "use_feeds is ignored: the feeds list the example app's posts",
    ),
    Ignored(
        when(example_app=False),
        "use_sitemaps",
        False,
        "use_sitemaps is ignored: the sitemap lists the example app's posts",
    ),
    Ignored(
        when(example_app=False),
        "rest_api",
        "none",
        "rest_api is ignored: the API serves the example app's posts",
    ),
]

_posts = when(example_app=True)

MANIFEST: list[Keep] = [
    # The example app and everything built on its posts.
    Keep("{project_slug}/posts", _posts),
    Keep("{project_slug}/templates/posts", when(example_app=True, template_engine="django")),
    Keep("{project_slug}/templates/core", when(example_app=False, template_engine="django")),
    Keep("{project_slug}/jinja2/posts", when(example_app=True, template_engine="jinja2")),
    Keep("{project_slug}/jinja2/core", when(example_app=False, template_engine="jinja2")),
    Keep("tests/test_posts.py", when(example_app=True)),
    Keep("tests/test_latest_posts.py", when(example_app=True)),
    Keep("{project_slug}/posts/feeds.py", when(example_app=True, use_feeds=True)),
    Keep("tests/test_feeds.py", when(example_app=True, use_feeds=True)),
    Keep("{project_slug}/posts/sitemaps.py", when(example_app=True, use_sitemaps=True)),
    Keep("tests/test_sitemaps.py", when(example_app=True, use_sitemaps=True)),
    # The REST API. urls.py, views.py and authentication.py include the chosen library's
    # variant from templates/django/templates/variants/api/ (empty for "none": the folder is
    # pruned then). These modules follow one library's own conventions only: DRF's serializers
    # and permissions, Ninja's schemas and pagination.
    Keep("{project_slug}/api", when(example_app=True, rest_api=("drf", "django-ninja"))),
    Keep("tests/test_api.py", when(example_app=True, rest_api=("drf", "django-ninja"))),
    Keep("{project_slug}/api/serializers.py", when(example_app=True, rest_api="drf")),
    Keep("{project_slug}/api/permissions.py", when(example_app=True, rest_api="drf")),
    Keep("{project_slug}/api/schemas.py", when(example_app=True, rest_api="django-ninja")),
    Keep("{project_slug}/api/pagination.py", when(example_app=True, rest_api="django-ninja")),
    Keep("tests/test_api_drf.py", when(example_app=True, rest_api="drf")),
    Keep("tests/test_api_ninja.py", when(example_app=True, rest_api="django-ninja")),
    # The site's pages in the chosen template language.
    Keep("{project_slug}/templates", when(template_engine="django")),
    Keep("{project_slug}/jinja2", when(template_engine="jinja2")),
    Keep("config/jinja2.py", when(template_engine="jinja2")),
    # Tests of the settings that only some answers bring.
    Keep("tests/test_redis_cache.py", when(cache="redis")),
    Keep("tests/test_memcached_cache.py", when(cache="memcached")),
    Keep("tests/test_mail_server.py", when(django_version="6.1")),
    # Deployment and CI files.
    Keep("Dockerfile", when(use_docker=True)),
    Keep(".dockerignore", when(use_docker=True)),
    Keep("compose.yaml", when(use_docker=True)),
    Keep(".github", when(ci="github")),
    Keep(".gitlab-ci.yml", when(ci="gitlab")),
    # Users who log in with their email address need their own manager.
    Keep("{project_slug}/users/managers.py", when(username_type="email")),
    Keep("tests/test_email_users.py", when(username_type="email")),
]

# Dependencies: what each answer installs (answers as the ignore rules apply them). pyproject.toml
# lists them sorted by name. (rest_api is "none" without the example app.)

DEPENDENCIES: list[Dependency] = [
    # The framework and what every project uses.
    Dependency("django>=6.1,<6.2", when(django_version="6.1")),
    Dependency("django>=5.2,<5.3", when(django_version="5.2")),
    Dependency("django-axes>=8.3,<9"),
    # Django 6.1 has Content-Security-Policy built in.
    Dependency("django-csp>=4,<5", when(django_version="5.2")),
    Dependency("django-environ>=0.12,<1"),
    Dependency("whitenoise>=6.9,<7"),
    Dependency("jinja2>=3.1,<4", when(template_engine="jinja2")),
    # Application server.
    Dependency("daphne>=4.1,<5", when(server="daphne")),
    Dependency("gunicorn>=23,<28", when(server="gunicorn")),
    Dependency("hypercorn>=0.17,<1", when(server="hypercorn")),
    Dependency("uvicorn>=0.34,<1", when(server="uvicorn")),
    # Database drivers.
    Dependency("mysqlclient>=2.2,<3", when(database=("mysql", "mariadb"))),
    Dependency("oracledb>=2.5,<27", when(database="oracle")),
    Dependency("psycopg[binary]>=3.2,<4", when(database="postgresql")),
    # Cache clients.
    Dependency("pymemcache>=4,<5", when(cache="memcached")),
    Dependency("redis>=5,<9", when(cache="redis")),
    # REST API.
    Dependency("django-ninja>=1.7,<2", when(rest_api="django-ninja")),
    Dependency("djangorestframework>=3.16,<4", when(rest_api="drf")),
    Dependency("drf-spectacular>=0.28,<1", when(rest_api="drf")),
    # Development: what this project adds to the shared tools (tests, coverage, git hooks).
    *DEV_TOOLS,
    Dependency("pytest-django==4.14.0", when(test_runner="pytest"), group="dev"),
]

# Computed values: cookiecutter.json's "__" keys of the same names, read through the `computed`
# filter on the answers as the ignore rules apply them.


def run_command(answers) -> str:
    """The README's one command that runs the app locally, migrations first."""
    return "uv run python manage.py migrate && uv run python manage.py runserver"


def test_command(answers) -> str:
    if answers["test_runner"] == "pytest":
        return "uv run pytest"
    return "uv run coverage run manage.py test && uv run coverage report"


# The application servers: how the README names each, and the command that serves production
# (the README's deployment steps and the Dockerfile's CMD).
SERVERS = {
    "gunicorn": (
        "gunicorn (WSGI)",
        ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2"],
    ),
    "uvicorn": (
        "uvicorn (ASGI)",
        [
            "uvicorn",
            "config.asgi:application",
            "--host",
            "0.0.0.0",
            "--port",
            "8000",
            "--workers",
            "2",
        ],
    ),
    "daphne": (
        "Daphne (ASGI)",
        ["daphne", "config.asgi:application", "--bind", "0.0.0.0", "--port", "8000"],
    ),
    "hypercorn": (
        "Hypercorn (ASGI)",
        ["hypercorn", "config.asgi:application", "--bind", "0.0.0.0:8000", "--workers", "2"],
    ),
}


def server_title(answers) -> str:
    return SERVERS[answers["server"]][0]


def serve_command(answers) -> list[str]:
    return SERVERS[answers["server"]][1]


COMPUTED = {
    "run_command": run_command,
    "test_command": test_command,
    "server_title": server_title,
    "serve_command": serve_command,
}

# README pieces (under templates/django/templates/), each included where its condition holds.
SECTIONS: list[Section] = [
    Section("features", "readme/features/posts.md", when(example_app=True)),
    Section("features", "readme/features/feeds.md", when(use_feeds=True)),
    Section("features", "readme/features/sitemaps.md", when(use_sitemaps=True)),
    Section("features", "readme/features/drf.md", when(rest_api="drf")),
    Section("features", "readme/features/django-ninja.md", when(rest_api="django-ninja")),
    Section("features", "readme/features/jinja2.md", when(template_engine="jinja2")),
]

# Servers: compose.yaml, the CI files and the summary printed after a bake read these. Local
# development runs on SQLite and the in-process cache whatever was chosen; production needs these.

SERVICES: list[Service] = [
    replace(
        POSTGRESQL,
        condition=when(database="postgresql"),
        app_env={"DATABASE_URL": "postgres://app:app@db:5432/app"},
        test_env={"DATABASE_URL": "postgres://postgres:postgres@{host}:5432/postgres"},
        summary="PostgreSQL in production (DATABASE_URL)",
    ),
    replace(
        MYSQL,
        condition=when(database="mysql"),
        app_env={"DATABASE_URL": "mysql://app:app@db:3306/app"},
        test_env={"DATABASE_URL": "mysql://root:root@{host}:3306/app"},
        summary="MySQL in production (DATABASE_URL)",
    ),
    replace(
        MARIADB,
        condition=when(database="mariadb"),
        app_env={"DATABASE_URL": "mysql://app:app@db:3306/app"},
        test_env={"DATABASE_URL": "mysql://root:root@{host}:3306/app"},
        summary="MariaDB in production (DATABASE_URL)",
    ),
    replace(
        ORACLE,
        condition=when(database="oracle"),
        app_env={"DATABASE_URL": "oracle://app:app@db:1521/FREEPDB1"},
        test_env={"DATABASE_URL": "oracle://system:oracle@{host}:1521/FREEPDB1"},
        summary="Oracle in production (DATABASE_URL)",
    ),
    replace(
        REDIS,
        condition=when(cache="redis"),
        app_env={"REDIS_URL": "redis://cache:6379/0"},
        test_env={"REDIS_URL": "redis://{host}:6379/0"},
        summary="Redis in production (REDIS_URL)",
    ),
    replace(
        MEMCACHED,
        condition=when(cache="memcached"),
        app_env={"MEMCACHED_LOCATION": "cache:11211"},
        test_env={"MEMCACHED_LOCATION": "{host}:11211"},
        summary="Memcached in production (MEMCACHED_LOCATION)",
    ),
    # Django 6.1's production settings require a mail server: compose runs one that keeps mail.
    Service(
        "Mailpit",
        "axllent/mailpit",
        "mail",
        condition=when(django_version="6.1"),
        app_env={"EMAIL_URL": "smtp://mail:1025"},
        published=8025,
        comment="Catches the site's mail; read it at http://localhost:8025.",
        in_ci=False,
    ),
]


def services(answers) -> list[str]:
    """The servers a project with these answers (as the ignore rules apply them) needs."""
    return [service.summary for service in chosen(SERVICES, answers) if service.summary]


# Settings from the environment that only some answers bring: the README's table of settings and
# deployment steps and .env.example read these, in this order.

_SMTP_EXAMPLE = "smtp+tls://user:password@smtp.example.com:587"
_CACHE_DEFAULT = "none (required in production)"
_CACHE_COMMENT = "Required in production; without it each process caches in its own memory."

ENV_VARS: list[EnvVar] = [
    EnvVar(
        "DATABASE_URL",
        when(database="sqlite"),
        example="sqlite:////var/lib/{project_slug}/db.sqlite3",
    ),
    EnvVar(
        "DATABASE_URL",
        when(database="postgresql"),
        example="postgres://user:password@localhost:5432/{project_slug}",
    ),
    EnvVar(
        "DATABASE_URL",
        when(database=("mysql", "mariadb")),
        example="mysql://user:password@localhost:3306/{project_slug}",
    ),
    EnvVar(
        "DATABASE_URL",
        when(database="oracle"),
        example="oracle://user:password@localhost:1521/FREEPDB1",
    ),
    EnvVar(
        "REDIS_URL",
        when(cache="redis"),
        _CACHE_DEFAULT,
        "Redis for the cache, e.g. `redis://host:6379/0`; without it each process caches in"
        " memory.",
        example="redis://127.0.0.1:6379/0",
        comment=_CACHE_COMMENT,
        production="redis://host:6379/0",
    ),
    EnvVar(
        "MEMCACHED_LOCATION",
        when(cache="memcached"),
        _CACHE_DEFAULT,
        "Memcached for the cache, `host:11211`; without it each process caches in memory.",
        example="127.0.0.1:11211",
        comment=_CACHE_COMMENT,
        production="host:11211",
    ),
    # Django 6.1's production settings refuse the console backend.
    EnvVar(
        "EMAIL_URL",
        when(django_version="6.1"),
        "the console (required in production)",
        f"SMTP server for mail (password resets), e.g. `{_SMTP_EXAMPLE}`.",
        example=_SMTP_EXAMPLE,
        comment="Where mail goes (password resets): the console by default; production requires"
        " a server.",
        production=_SMTP_EXAMPLE,
    ),
    EnvVar(
        "EMAIL_URL",
        when(django_version="5.2"),
        "`consolemail://`",
        f"Where mail (password resets) goes, e.g. `{_SMTP_EXAMPLE}`.",
        example=_SMTP_EXAMPLE,
        comment="Where mail goes (password resets); the console by default:",
    ),
]
