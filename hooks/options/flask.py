"""Rules of the Flask template: conflicting answers, answers that do not apply, optional paths."""

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

# The servers each answer brings, for the summary printed after a bake.
_DATABASE_SERVERS = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}


def services(answers) -> list[str]:
    """The servers a project with these answers (as the ignore rules apply them) needs."""
    needed = []
    if answers["orm"] in ("mongoengine", "pymongo"):
        needed.append("MongoDB, also to run it locally (MONGODB_URI)")
    elif answers["orm"] != "none" and answers["database"] in _DATABASE_SERVERS:
        needed.append(f"{_DATABASE_SERVERS[answers['database']]} in production (DATABASE_URL)")
    if answers["cache"] == "redis":
        needed.append("Redis, also to run it locally (REDIS_URL)")
    return needed
