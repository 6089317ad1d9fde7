"""Rules of the Flask template: conflicting answers, answers that do not apply, optional paths."""

from dataclasses import replace

from hooks.facts import (
    DEV_TOOLS,
    MARIADB,
    MONGODB,
    MYSQL,
    POSTGRESQL,
    REDIS,
    Dependency,
    EnvVar,
    Service,
    chosen,
)
from hooks.rules import Conflict, Ignored, Keep, either, when

CONFLICTS: list[Conflict] = []

IGNORED: list[Ignored] = []

MANIFEST: list[Keep] = []

# Data layer, accounts, admin, forms: orm, database, migrations, auth, admin, forms.

ACCOUNTS = ("flask-login", "flask-principal", "flask-security")
# The project's own sign-up and login pages, which Flask-Security-Too replaces with its own.
OWN_ACCOUNTS = ("flask-login", "flask-principal")
ORMS = ("sqlalchemy", "peewee", "mongoengine", "pymongo", "pony")
REST_APIS = ("flask-smorest", "flask-restx", "flask-restful", "flask-classful", "connexion")

CONFLICTS += [
    Conflict(
        when(orm="none", auth=ACCOUNTS),
        "accounts need a data store to keep users: choose an orm, or auth none",
    ),
    Conflict(
        when(orm="none", admin=True),
        "admin needs a data store to manage: choose an orm, or admin no",
    ),
    Conflict(
        when(admin=True, auth="none"),
        "admin needs accounts to tell staff from visitors: choose an auth, or admin no",
    ),
    Conflict(
        when(admin=True, orm="pony"),
        "Flask-Admin has no PonyORM backend: choose admin no, or another orm",
    ),
    Conflict(
        when(auth="flask-security", orm=("pony", "pymongo")),
        "Flask-Security-Too has no PonyORM or PyMongo datastore: choose orm sqlalchemy, peewee "
        "or mongoengine, or another auth",
    ),
]

IGNORED += [
    Ignored(
        when(orm=("mongoengine", "pymongo")),
        "database",
        "sqlite",
        "database is ignored with MongoEngine and PyMongo: MONGODB_URI names the MongoDB database",
    ),
    Ignored(
        when(orm="none"),
        "database",
        "sqlite",
        "database is ignored with orm none: the project keeps no data",
    ),
    Ignored(
        when(orm=("peewee", "mongoengine", "pymongo", "pony", "none")),
        "migrations",
        "flask-migrate",
        "migrations is ignored unless orm is sqlalchemy: Peewee has peewee-migrate, others none",
    ),
    # admin=False is implied (admin needs accounts); naming it lets the render tier bake the case.
    Ignored(
        when(auth="none", admin=False),
        "forms",
        True,
        "forms is ignored with auth none: without accounts there are no forms",
    ),
    Ignored(
        when(auth="flask-security"),
        "forms",
        True,
        "forms is always on with flask-security: its pages are Flask-WTF forms",
    ),
]

_VALIDATED = either(when(auth=ACCOUNTS, forms=False), when(auth=ACCOUNTS, rest_api=REST_APIS))

MANIFEST += [
    # Without an ORM there are no models, no store and nothing to show of them.
    Keep("{project_slug}/models", when(orm=ORMS)),
    # Extension objects exist with Flask-SQLAlchemy, Flask-PyMongo or accounts (the login manager;
    # the cache, schemas and JWT come only with accounts too): Peewee, MongoEngine and Pony alone
    # need none.
    Keep(
        "{project_slug}/extensions.py",
        either(when(orm=("sqlalchemy", "pymongo")), when(auth=ACCOUNTS)),
    ),
    # The chosen ORM's connection, set up by its init_app (variants/database/<orm>.py).
    Keep("{project_slug}/database.py", when(orm=ORMS)),
    Keep("{project_slug}/posts", when(orm=ORMS)),
    Keep("{project_slug}/templates/posts", when(orm=ORMS)),
    Keep("tests/test_store.py", when(orm=ORMS)),
    Keep("tests/test_sql_config.py", when(orm=("sqlalchemy", "peewee", "pony"))),
    # Production refuses to start without DATABASE_URL only where the database is a server.
    Keep(
        "tests/test_database_url.py",
        when(orm=("sqlalchemy", "peewee", "pony"), database=("postgresql", "mysql", "mariadb")),
    ),
    Keep("tests/test_mongodb_config.py", when(orm=("mongoengine", "pymongo"))),
    # The shared title and body rules, for what does not validate with Flask-WTF or marshmallow
    # alone: the hand-written forms and the REST APIs.
    Keep("{project_slug}/posts/validation.py", _VALIDATED),
    Keep("tests/test_validation.py", _VALIDATED),
    Keep("migrations", when(orm=("sqlalchemy", "peewee"))),
    Keep("migrations/alembic.ini", when(orm="sqlalchemy", migrations="flask-migrate")),
    Keep("migrations/env.py", when(orm="sqlalchemy", migrations="flask-migrate")),
    Keep("migrations/README", when(orm="sqlalchemy", migrations="flask-migrate")),
    Keep("migrations/script.py.mako", when(orm="sqlalchemy")),
    Keep("migrations/versions", when(orm="sqlalchemy")),
    Keep("tests/test_migrations.py", when(orm="sqlalchemy")),
    Keep("migrations/001_create_users_and_posts.py", when(orm="peewee")),
    Keep("tests/test_peewee_migrations.py", when(orm="peewee")),
    Keep("tests/test_ponydb.py", when(orm="pony")),
    Keep("tests/test_mongo.py", when(orm="pymongo")),
    Keep("{project_slug}/accounts", when(auth=ACCOUNTS)),
    Keep("{project_slug}/accounts/views.py", when(auth=OWN_ACCOUNTS)),
    Keep("{project_slug}/templates/accounts", when(auth=OWN_ACCOUNTS)),
    Keep("tests/test_accounts.py", when(auth=OWN_ACCOUNTS)),
    Keep("{project_slug}/models/security.py", when(auth="flask-security")),
    Keep("{project_slug}/templates/security", when(auth="flask-security")),
    Keep("tests/test_security.py", when(auth="flask-security")),
    Keep(
        "migrations/versions/2026_12_02_b7d41e0c9a52_flask_security_columns.py",
        when(orm="sqlalchemy", auth="flask-security"),
    ),
    Keep("migrations/002_flask_security_columns.py", when(orm="peewee", auth="flask-security")),
    # Sessions that logout revokes (models/login.py): a session token per user.
    Keep("{project_slug}/models/login.py", when(auth=OWN_ACCOUNTS)),
    # Werkzeug password hashes, where Flask-Security does not keep them and the model has a mixin.
    Keep(
        "{project_slug}/models/passwords.py",
        when(orm=("sqlalchemy", "peewee", "mongoengine"), auth=(*OWN_ACCOUNTS, "none")),
    ),
    # Werkzeug password hashes, where Flask-Security does not keep them and the model has a mixin.
    Keep(
        "{project_slug}/models/passwords.py",
        when(orm=("sqlalchemy", "peewee", "mongoengine"), auth=(*OWN_ACCOUNTS, "none")),
    ),
    Keep("tests/test_sessions.py", when(auth=ACCOUNTS)),
    Keep("tests/test_throttle.py", when(auth=ACCOUNTS)),
    Keep("tests/test_redis_throttle.py", when(auth=ACCOUNTS, cache="redis")),
    Keep("tests/helpers.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/passwords.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/common-passwords.txt.gz", when(auth=ACCOUNTS)),
    Keep(
        "migrations/versions/2026_12_03_c3e8a5f1d2b6_session_tokens.py",
        when(orm="sqlalchemy", auth=OWN_ACCOUNTS),
    ),
    Keep("migrations/002_session_tokens.py", when(orm="peewee", auth=OWN_ACCOUNTS)),
    Keep("{project_slug}/posts/views.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/posts/editing.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/templates/posts/index.html", when(auth=ACCOUNTS)),
    Keep("{project_slug}/templates/posts/detail.html", when(auth=ACCOUNTS)),
    Keep("tests/test_posts.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/templates/posts/form.html", when(auth=ACCOUNTS)),
    Keep("{project_slug}/templates/_errors.html", when(auth=ACCOUNTS)),
    Keep("tests/test_editing.py", when(auth=ACCOUNTS)),
    # Flask-WTF forms or hand-written ones (variants/forms/), at the same path.
    Keep("{project_slug}/forms.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/csrf.py", when(auth=ACCOUNTS, forms=False)),
    Keep("tests/test_csrf.py", when(auth=ACCOUNTS, forms=False)),
    Keep("{project_slug}/commands.py", when(auth=ACCOUNTS)),
    Keep("tests/test_commands.py", when(auth=ACCOUNTS)),
    Keep("{project_slug}/permissions.py", when(auth="flask-principal")),
    Keep("tests/test_permissions.py", when(auth="flask-principal")),
    Keep("{project_slug}/admin.py", when(admin=True)),
    Keep("tests/test_admin.py", when(admin=True)),
]

# REST API and extras: rest_api, serialization, jwt, cache, use_sitemap, use_feeds, async_views,
# use_docker, ci.


CONFLICTS += [
    Conflict(
        when(jwt=True, rest_api="none"),
        "jwt needs a REST API to hand tokens out: choose a rest_api other than none, or jwt no",
    ),
]

# Without accounts there are no post pages to link to and nobody to write posts; admin=False is
# implied there (admin needs accounts), and naming it lets the render tier bake these cases.
NO_ACCOUNTS = when(auth="none", admin=False)

IGNORED += [
    Ignored(
        NO_ACCOUNTS,
        "rest_api",
        "none",
        "rest_api is ignored with auth none: without accounts nobody can write posts through it",
    ),
    Ignored(NO_ACCOUNTS, "jwt", False, "jwt is ignored with auth none: there is no REST API"),
    Ignored(
        NO_ACCOUNTS,
        "use_feeds",
        False,
        "use_feeds is ignored with auth none: feeds link to the post pages, which need accounts",
    ),
    Ignored(
        NO_ACCOUNTS,
        "use_sitemap",
        False,
        "use_sitemap is ignored with auth none: the sitemap lists the post pages",
    ),
    Ignored(
        NO_ACCOUNTS,
        "async_views",
        False,
        "async_views is ignored with auth none: the async view links to the post pages",
    ),
    Ignored(
        when(rest_api="flask-smorest"),
        "serialization",
        True,
        "serialization is always on with flask-smorest: its schemas are marshmallow schemas",
    ),
    Ignored(
        when(rest_api="none"),
        "serialization",
        False,
        "serialization is ignored without a REST API: the schemas serialise the API's posts",
    ),
    Ignored(
        when(use_feeds=False),
        "cache",
        "none",
        "cache is ignored without feeds: it holds the rendered RSS and Atom documents",
    ),
]

MANIFEST += [
    Keep("{project_slug}/api", when(rest_api=REST_APIS, auth=ACCOUNTS)),
    Keep("{project_slug}/api/openapi.yaml", when(rest_api="connexion", auth=ACCOUNTS)),
    # Flask-RESTX and Flask-RESTful would turn Flask's 400 for an unknown host into a 500.
    Keep(
        "{project_slug}/api/hosts.py",
        when(rest_api=("flask-restx", "flask-restful"), auth=ACCOUNTS),
    ),
    # flask-smorest reads and writes posts through its schemas; the others through payloads.py.
    Keep(
        "{project_slug}/api/payloads.py",
        when(
            rest_api=("flask-restx", "flask-restful", "flask-classful", "connexion"), auth=ACCOUNTS
        ),
    ),
    Keep("{project_slug}/asgi.py", when(rest_api="connexion", auth=ACCOUNTS)),
    Keep("tests/test_connexion.py", when(rest_api="connexion", auth=ACCOUNTS)),
    Keep("tests/test_api.py", when(rest_api=REST_APIS, auth=ACCOUNTS)),
    Keep("{project_slug}/api/tokens.py", when(jwt=True, auth=ACCOUNTS)),
    Keep("tests/test_jwt.py", when(jwt=True, auth=ACCOUNTS)),
    # schemas.py is not listed: its file name renders empty without serialization, because
    # the post-gen hook sees the raw answers, and flask-smorest keeps it whatever was answered.
    Keep("{project_slug}/feeds.py", when(use_feeds=True, auth=ACCOUNTS)),
    Keep("tests/test_feeds.py", when(use_feeds=True, auth=ACCOUNTS)),
    Keep("{project_slug}/sitemap.py", when(use_sitemap=True, auth=ACCOUNTS)),
    Keep("tests/test_sitemap.py", when(use_sitemap=True, auth=ACCOUNTS)),
    Keep("{project_slug}/async_views.py", when(async_views=True, auth=ACCOUNTS)),
    Keep("tests/test_async_views.py", when(async_views=True, auth=ACCOUNTS)),
    Keep("Dockerfile", when(use_docker=True)),
    Keep(".dockerignore", when(use_docker=True)),
    Keep("compose.yaml", when(use_docker=True)),
    Keep(".github", when(ci="github")),
    Keep(".gitlab-ci.yml", when(ci="gitlab")),
]

# Dependencies: what each answer installs (answers as the ignore rules apply them). pyproject.toml
# lists them sorted by name; the README lists those with a title, in this order.

SQL_ORMS = ("sqlalchemy", "peewee", "pony")
MONGO_ORMS = ("mongoengine", "pymongo")
# Flask-WTF is installed where the project has forms: accounts with forms on.
WTFORMS = when(auth=ACCOUNTS, forms=True)

DEPENDENCIES: list[Dependency] = [
    # The application itself.
    Dependency(
        "flask>=3.1,<3.2",
        when(async_views=False),
    ),
    Dependency(
        "flask[async]>=3.1,<3.2",
        when(async_views=True),
    ),
    Dependency(
        "flask-talisman>=1.1,<2",
        title="Flask-Talisman",
        url="https://github.com/wntrblm/flask-talisman",
    ),
    Dependency("gunicorn>=23,<28"),
    Dependency("python-dotenv>=1.0,<2"),
    # Data layer.
    Dependency(
        "flask-sqlalchemy>=3.1,<3.2",
        when(orm="sqlalchemy"),
        title="Flask-SQLAlchemy",
        url="https://flask-sqlalchemy.readthedocs.io/",
    ),
    Dependency("sqlalchemy>=2.0,<2.2", when(orm="sqlalchemy")),
    Dependency(
        "flask-migrate>=4.1,<5",
        when(orm="sqlalchemy", migrations="flask-migrate"),
        title="Flask-Migrate",
        url="https://flask-migrate.readthedocs.io/",
    ),
    Dependency(
        "flask-alembic>=3.1,<4",
        when(orm="sqlalchemy", migrations="flask-alembic"),
        title="Flask-Alembic",
        url="https://flask-alembic.readthedocs.io/",
    ),
    Dependency(
        "peewee>=3.17,<5", when(orm="peewee"), title="Peewee", url="https://docs.peewee-orm.com/"
    ),
    Dependency("peewee-migrate>=1.13,<3", when(orm="peewee")),
    Dependency(
        "pony>=0.7.20,<0.8", when(orm="pony"), title="PonyORM", url="https://docs.ponyorm.org/"
    ),
    Dependency(
        "mongoengine>=0.29,<0.30",
        when(orm="mongoengine"),
        title="MongoEngine",
        url="https://docs.mongoengine.org/",
    ),
    Dependency(
        "flask-pymongo>=3.0,<4",
        when(orm="pymongo"),
        title="Flask-PyMongo",
        url="https://flask-pymongo.readthedocs.io/",
    ),
    Dependency("pymongo>=4.6,<5", when(orm=MONGO_ORMS)),
    Dependency("psycopg[binary]>=3.2,<4", when(orm="sqlalchemy", database="postgresql")),
    Dependency("psycopg2-binary>=2.9,<3", when(orm=("peewee", "pony"), database="postgresql")),
    Dependency("pymysql[rsa]>=1.1,<2", when(orm=SQL_ORMS, database="mysql")),
    Dependency("pymysql>=1.1,<2", when(orm=SQL_ORMS, database="mariadb")),
    # Accounts, admin and forms.
    Dependency("email-validator>=2.1,<3", when(auth=ACCOUNTS)),
    Dependency(
        "flask-login>=0.6.3,<0.7",
        when(auth=ACCOUNTS),
        title="Flask-Login",
        url="https://flask-login.readthedocs.io/",
    ),
    Dependency(
        "flask-principal>=0.4,<0.5",
        when(auth="flask-principal"),
        title="Flask-Principal",
        url="https://pythonhosted.org/Flask-Principal/",
    ),
    Dependency(
        "flask-security[common]>=5.9,<5.10",
        when(auth="flask-security"),
        why="The common extra brings argon2, the password hash configured.",
        title="Flask-Security-Too",
        url="https://flask-security-too.readthedocs.io/",
    ),
    Dependency(
        "flask-admin>=2.2,<3",
        when(admin=True),
        title="Flask-Admin",
        url="https://flask-admin.readthedocs.io/",
    ),
    Dependency(
        "flask-wtf>=1.2,<2", WTFORMS, title="Flask-WTF", url="https://flask-wtf.readthedocs.io/"
    ),
    Dependency(
        "wtf-peewee>=3.0,<4",
        either(when(orm="peewee", admin=True), when(orm="peewee", auth=ACCOUNTS, forms=True)),
    ),
    Dependency("wtforms-alchemy>=0.19,<0.20", when(orm="sqlalchemy", auth=ACCOUNTS, forms=True)),
    # REST API and serialization.
    Dependency(
        "flask-smorest>=0.46,<0.48",
        when(rest_api="flask-smorest"),
        title="flask-smorest",
        url="https://flask-smorest.readthedocs.io/",
    ),
    Dependency(
        "flask-restx>=1.3,<2",
        when(rest_api="flask-restx"),
        title="Flask-RESTX",
        url="https://flask-restx.readthedocs.io/",
    ),
    Dependency(
        "flask-restful>=0.3.10,<0.4",
        when(rest_api="flask-restful"),
        title="Flask-RESTful",
        url="https://flask-restful.readthedocs.io/",
    ),
    Dependency(
        "flask-classful>=0.16,<0.17",
        when(rest_api="flask-classful"),
        title="Flask-Classful",
        url="https://flask-classful.teracy.org/",
    ),
    Dependency(
        "connexion[swagger-ui]>=3.2,<4",
        when(rest_api="connexion"),
        title="Connexion",
        url="https://connexion.readthedocs.io/",
    ),
    Dependency("a2wsgi>=1.10,<2", when(rest_api="connexion")),
    Dependency(
        "uvicorn-worker>=0.3,<0.5",
        when(rest_api="connexion"),
        why="gunicorn's worker for ASGI apps (Connexion); it brings uvicorn.",
    ),
    Dependency(
        "flask-marshmallow>=1.3,<2",
        when(serialization=True),
        title="Flask-Marshmallow",
        url="https://flask-marshmallow.readthedocs.io/",
    ),
    Dependency("marshmallow>=3.22,<5", when(serialization=True)),
    Dependency(
        "marshmallow-sqlalchemy>=1.1,<2",
        when(serialization=True, orm="sqlalchemy"),
        why="Flask-Marshmallow's Flask-SQLAlchemy integration (it warns when this is missing).",
    ),
    Dependency(
        "flask-jwt-extended>=4.6,<5",
        when(jwt=True),
        title="Flask-JWT-Extended",
        url="https://flask-jwt-extended.readthedocs.io/",
    ),
    # Extras.
    Dependency(
        "flask-caching>=2.3,<3",
        when(cache=("simple", "redis")),
        title="Flask-Caching",
        url="https://flask-caching.readthedocs.io/",
    ),
    Dependency("redis>=5,<9", when(cache="redis")),
    Dependency(
        "flask-sitemap>=0.4,<0.5",
        when(use_sitemap=True),
        title="Flask-Sitemap",
        url="https://flask-sitemap.readthedocs.io/",
    ),
    Dependency("feedgen>=1.0,<2", when(use_feeds=True)),
    # Development: what this project adds to the shared tools (tests, coverage, git hooks).
    *DEV_TOOLS,
    Dependency(
        "httpx2==2.16.2",
        when(rest_api="connexion"),
        group="dev",
        why=(
            "The HTTP client behind the test client of Starlette, which Connexion runs on"
            " (Starlette\nwarns when it has to fall back on Connexion's own httpx)."
        ),
    ),
    Dependency("mongomock==4.3.0", when(orm="mongoengine"), group="dev"),
    Dependency("nx-27017==0.8.1", when(orm="pymongo"), group="dev"),
]

# Computed values: cookiecutter.json's "__" keys of the same names, read through the `computed`
# filter on the answers as the ignore rules apply them.


def database(answers) -> str:
    """The database the project talks to: the SQL one chosen, "mongodb", or "none"."""
    if answers["orm"] in MONGO_ORMS:
        return "mongodb"
    return answers["database"] if answers["orm"] in SQL_ORMS else "none"


def migrations(answers) -> str:
    """The migrations tool: the one chosen for Flask-SQLAlchemy, peewee-migrate, or "none"."""
    return {"sqlalchemy": answers["migrations"], "peewee": "peewee-migrate"}.get(
        answers["orm"], "none"
    )


def database_key(answers) -> str:
    """The config attribute holding the database URL."""
    keys = {
        "sqlalchemy": "SQLALCHEMY_DATABASE_URI",
        "peewee": "DATABASE_URL",
        "pony": "DATABASE_URL",
    }
    return keys.get(answers["orm"], "MONGODB_URI")


def run_command(answers) -> str:
    """The README's one command that runs the app locally, tables or migrations first."""
    flask = f"uv run flask --app {answers['project_slug']}"
    setup = {"sqlalchemy": "db upgrade", "peewee": "db upgrade", "pony": "init-db"}
    prepare = f"{flask} {setup[answers['orm']]} && " if answers["orm"] in setup else ""
    return f"{prepare}{flask} run --debug"


def test_command(answers) -> str:
    if answers["test_runner"] == "pytest":
        return "uv run pytest"
    return "uv run coverage run -m unittest && uv run coverage report"


COMPUTED = {
    "database": database,
    "migrations": migrations,
    "database_key": database_key,
    "run_command": run_command,
    "test_command": test_command,
}

# Servers: compose.yaml, the CI files and the summary printed after a bake read these.

SERVICES: list[Service] = [
    replace(
        POSTGRESQL,
        condition=when(orm=SQL_ORMS, database="postgresql"),
        app_env={"DATABASE_URL": "postgresql://app:app@db:5432/app"},
        test_env={"TEST_DATABASE_URL": "postgresql://postgres:postgres@{host}:5432/postgres"},
        summary="PostgreSQL in production (DATABASE_URL)",
    ),
    replace(
        MYSQL,
        condition=when(orm=SQL_ORMS, database="mysql"),
        app_env={"DATABASE_URL": "mysql://app:app@db:3306/app"},
        test_env={"TEST_DATABASE_URL": "mysql://root:root@{host}:3306/app"},
        summary="MySQL in production (DATABASE_URL)",
    ),
    replace(
        MARIADB,
        condition=when(orm=SQL_ORMS, database="mariadb"),
        app_env={"DATABASE_URL": "mariadb://app:app@db:3306/app"},
        test_env={"TEST_DATABASE_URL": "mariadb://root:root@{host}:3306/app"},
        summary="MariaDB in production (DATABASE_URL)",
    ),
    # The tests run on mongomock or nx-27017, so CI needs no MongoDB.
    replace(
        MONGODB,
        condition=when(orm=MONGO_ORMS),
        app_env={"MONGODB_URI": "mongodb://db:27017/app"},
        summary="MongoDB, also to run it locally (MONGODB_URI)",
        in_ci=False,
    ),
    replace(
        REDIS,
        condition=when(cache="redis"),
        app_env={"REDIS_URL": "redis://cache:6379/0"},
        test_env={"REDIS_URL": "redis://{host}:6379/0"},
        summary="Redis, also to run it locally (REDIS_URL)",
    ),
]


def services(answers) -> list[str]:
    """The servers a project with these answers (as the ignore rules apply them) needs."""
    return [service.summary for service in chosen(SERVICES, answers) if service.summary]


# Settings from the environment that only some answers bring: the README's table of settings
# and .env.example read these, in this order.

_SQL_DATABASE = when(orm=SQL_ORMS, database=("postgresql", "mysql", "mariadb"))

ENV_VARS: list[EnvVar] = [
    EnvVar(
        "LOGIN_FAILURE_LIMIT",
        when(auth=ACCOUNTS),
        "`5`",
        "Failed logins, per account and per client address, that lock them out (429)",
    ),
    EnvVar(
        "LOGIN_FAILURE_WINDOW",
        when(auth=ACCOUNTS),
        "`900`",
        "Seconds a lockout lasts, counted from the first failure",
    ),
    EnvVar(
        "LOGIN_FAILURE_DATABASE",
        when(auth=ACCOUNTS, cache=("none", "simple")),
        "`instance/login-failures.sqlite3`",
        "The SQLite URI (`file:/path`) where failures are counted; every worker on the host"
        " shares it",
    ),
    EnvVar(
        "LOGIN_FAILURE_DATABASE",
        when(auth=ACCOUNTS, cache="redis"),
        "`instance/login-failures.sqlite3`",
        "The SQLite URI (`file:/path`) where failures are counted when `REDIS_URL` is unset;"
        " every worker on the host shares it",
    ),
    EnvVar(
        "SECURITY_PASSWORD_SALT",
        when(auth="flask-security"),
        "none",
        "Keys Flask-Security-Too's HMACs. Required in production, with the same rule as"
        " `SECRET_KEY`",
        example="change-me",
        comment="Keys Flask-Security-Too's HMACs (login tokens, the remember cookie). Production"
        " refuses it\nmissing or change-me.",
        active=True,
    ),
    EnvVar(
        "DATABASE_URL",
        when(orm=SQL_ORMS, database="sqlite"),
        "`sqlite:///{project_slug}.sqlite3`",
        "Database URL; a relative SQLite path lives in `instance/`",
        example="sqlite:////absolute/path/to/app.sqlite3",
        comment="Database URL; when unset, a SQLite file in the instance/ folder.",
    ),
    EnvVar(
        "TEST_MONGODB_URI",
        when(orm="pymongo"),
        "nx-27017, started by the tests",
        "A throwaway MongoDB database for the tests; every test empties it",
    ),
    EnvVar(
        "MONGODB_URI",
        when(orm=MONGO_ORMS),
        "`mongodb://localhost:27017/{project_slug}` outside production",
        "The MongoDB database. Required in production",
        example="mongodb://localhost:27017/{project_slug}",
        comment="The MongoDB database (required in production).",
        active=True,
    ),
    EnvVar(
        "DATABASE_URL",
        _SQL_DATABASE,
        "`sqlite:///{project_slug}.sqlite3` outside production",
        "The {__database} database, e.g. `{__database}://user:password@host/{project_slug}` (the"
        " driver is added to the scheme). Required in production",
        example="{__database}://user:password@localhost/{project_slug}",
        comment="The {__database} database (required in production). When unset, development"
        " runs on a\nSQLite file in the instance/ folder.",
    ),
    EnvVar(
        "TEST_DATABASE_URL",
        _SQL_DATABASE,
        "in-memory SQLite",
        "A throwaway {__database} database for the tests; every test empties it",
        example="{__database}://user:password@localhost/{project_slug}_test",
        comment="A throwaway database for the test suite (emptied by every test); in-memory"
        " SQLite when unset.",
    ),
    EnvVar(
        "ADMIN_PASSWORD",
        when(auth=ACCOUNTS),
        "none",
        "Password for `flask create-admin`, which prompts for one when unset",
    ),
    EnvVar(
        "REDIS_URL",
        when(cache="redis"),
        "`redis://localhost:6379/0`",
        "The Redis that caches the feeds; the tests use it too when it is set",
        example="redis://localhost:6379/0",
        comment="The Redis that caches the rendered feeds.",
        active=True,
    ),
]
