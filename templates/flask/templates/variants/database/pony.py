"""The PonyORM database of each application, from ``DATABASE_URL``.

Pony has no migrations: ``flask init-db`` creates the tables that do not exist yet.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

import click
from flask import Flask, Response, current_app, request
from flask.cli import with_appcontext
from pony.orm import Database, commit, db_session

from .models import define_entities

{% if cookiecutter.__database == "postgresql" -%}
PROVIDERS = {"postgres": "postgres", "postgresql": "postgres"}
{%- elif cookiecutter.__database in ("mysql", "mariadb") -%}
PROVIDERS = {"mysql": "mysql", "mariadb": "mysql"}
{%- else -%}
# SQLite only: the project installs no driver for a database server.
PROVIDERS: dict[str, str] = {}
{%- endif %}


def bind(db: Database, app: Flask) -> None:
    """Bind to ``DATABASE_URL``; a relative SQLite path lives in the instance folder."""
    url = app.config["DATABASE_URL"]
    if url == "sqlite://":
        # In memory: the testing configuration's default.
        db.bind(provider="sqlite", filename=":memory:")
        return
    if url.startswith("sqlite:///"):
        path = Path(app.instance_path) / url.removeprefix("sqlite:///")
        path.parent.mkdir(parents=True, exist_ok=True)
        db.bind(provider="sqlite", filename=str(path), create_db=True)
        return
    parts = urlsplit(url)
    db.bind(
        provider=PROVIDERS[parts.scheme],
        host=parts.hostname,
        port=parts.port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        database=parts.path.lstrip("/"),
    )


def current_db() -> Database:
    return current_app.extensions["pony"]


def enter_session() -> None:
    session = request.environ["pony.session"] = db_session()
    session.__enter__()


def commit_session(response: Response) -> Response:
    """Commit before the response leaves: under an ASGI server the teardown below can run after
    the client already has the answer, and its next request must see what this one wrote."""
    if "pony.session" in request.environ:
        commit()
    return response


def exit_session(exception: BaseException | None = None) -> None:
    # Popped, so that a teardown that runs twice (it can, in tests) exits the session once.
    session = request.environ.pop("pony.session", None)
    if session is not None:
        session.__exit__(exc=exception)


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create the tables that do not exist yet."""
    current_db().create_tables()
    click.echo("Tables created.")


def init_app(app: Flask) -> None:
    db = Database()
    define_entities(db)
    bind(db, app)
    db.generate_mapping(create_tables=False, check_tables=False)
    app.extensions["pony"] = db
    # Every request runs in a Pony db_session: one transaction, committed at the end. (Pony's
    # own pony.flask does the same, but exits the session twice when a teardown is repeated.)
    app.before_request(enter_session)
    app.after_request(commit_session)
    app.teardown_request(exit_session)
    app.cli.add_command(init_db)
