{%- set redis = cookiecutter.__cache == "redis" -%}
"""Login throttling: repeated failures lock an account, and a client address, out for a while.

After ``LOGIN_FAILURE_LIMIT`` failed logins within ``LOGIN_FAILURE_WINDOW`` seconds, further
attempts for that account, or from that address, get 429 with ``Retry-After`` until the window
ends, even with the right password. Guarded: the login page{{ ", the API's HTTP Basic auth" if cookiecutter.__rest_api != "none" }}{{ ",\n``POST /api/token/``" if cookiecutter.__jwt }}.

Failures are counted in SQLite (``LOGIN_FAILURE_DATABASE``, by default a file in the instance
folder, which the host's workers share){{ ", or in Redis when ``REDIS_URL`` is set" if redis }}.

Flask-Limiter counts requests, not failures, and cannot see inside the login form or the API's
authentication; this counts only what failed.
"""

import math
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from flask import Flask, Response, current_app, g, request
{%- if redis %}
from redis import Redis
{%- endif %}
from werkzeug.exceptions import TooManyRequests

from ..posts import store


class SQLiteFailures:
    """Failure counts in SQLite: a file that the host's workers share (in memory for the tests)."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        # Kept open: an in-memory database lives as long as a connection to it.
        self.keeper = self._connect()
        with self.keeper:
            self.keeper.execute(
                "CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, count INT, ends REAL)"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.uri, uri=True, timeout=10, check_same_thread=False)

    def add(self, key: str, window: int) -> None:
        now = time.time()
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT INTO failures VALUES (?, 1, ?) ON CONFLICT (key) DO UPDATE SET"
                " count = CASE WHEN ends > ? THEN count + 1 ELSE 1 END,"
                " ends = CASE WHEN ends > ? THEN ends ELSE excluded.ends END",
                (key, now + window, now, now),
            )

    def status(self, key: str) -> tuple[int, int]:
        """The failures counted for ``key``, and the seconds until they are forgotten."""
        now = time.time()
        with closing(self._connect()) as connection:
            row = connection.execute(
                "SELECT count, ends FROM failures WHERE key = ? AND ends > ?", (key, now)
            ).fetchone()
        return (row[0], math.ceil(row[1] - now)) if row else (0, 0)

    def clear(self, key: str) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute("DELETE FROM failures WHERE key = ?", (key,))


{%- if redis %}


class RedisFailures:
    """Failure counts in Redis, shared by every worker and host: a counter that expires."""

    PREFIX = "{{ cookiecutter.project_slug }}:"

    def __init__(self, url: str) -> None:
        self.redis = Redis.from_url(url)

    def add(self, key: str, window: int) -> None:
        with self.redis.pipeline() as pipe:
            pipe.incr(self.PREFIX + key)
            pipe.expire(self.PREFIX + key, window, nx=True)
            pipe.execute()

    def status(self, key: str) -> tuple[int, int]:
        with self.redis.pipeline() as pipe:
            pipe.get(self.PREFIX + key)
            pipe.ttl(self.PREFIX + key)
            count, ttl = pipe.execute()
        return (int(count), max(ttl, 1)) if count else (0, 0)

    def clear(self, key: str) -> None:
        self.redis.delete(self.PREFIX + key)
{%- endif %}


def init_app(app: Flask) -> None:
{%- if redis %}
    if app.config["LOGIN_FAILURE_REDIS_URL"]:
        app.extensions["login_failures"] = RedisFailures(app.config["LOGIN_FAILURE_REDIS_URL"])
    else:
        app.extensions["login_failures"] = SQLiteFailures(database_uri(app))
{%- else %}
    app.extensions["login_failures"] = SQLiteFailures(database_uri(app))
{%- endif %}
    app.after_request(keep_retry_after)


def keep_retry_after(response: Response) -> Response:
    """A lockout's 429 says when to retry, also where an API library wrote its own error reply."""
    if response.status_code == 429 and "login_retry_after" in g:
        response.headers.setdefault("Retry-After", str(g.login_retry_after))
    return response


def database_uri(app: Flask) -> str:
    """``LOGIN_FAILURE_DATABASE``, by default a file in the instance folder."""
    if app.config["LOGIN_FAILURE_DATABASE"]:
        return app.config["LOGIN_FAILURE_DATABASE"]
    folder = Path(app.instance_path)
    folder.mkdir(parents=True, exist_ok=True)
    return f"file:{folder / 'login-failures.sqlite3'}"


def _keys(identifier: str) -> list[str]:
    """The counters a login attempt adds to: its account's, then its client address's."""
    return [
        f"login-failures:account:{identifier.strip().lower()}",
        f"login-failures:address:{request.remote_addr}",
    ]


def refuse_if_locked(identifier: str) -> None:
    """429 with Retry-After when the account or the client address is locked out."""
    failures = current_app.extensions["login_failures"]
    limit = current_app.config["LOGIN_FAILURE_LIMIT"]
    waits = [wait for count, wait in map(failures.status, _keys(identifier)) if count >= limit]
    if waits:
        g.login_retry_after = max(waits)
        raise TooManyRequests("Too many failed logins: try again later.", retry_after=max(waits))


def record_failure(identifier: str) -> None:
    failures = current_app.extensions["login_failures"]
    for key in _keys(identifier):
        failures.add(key, current_app.config["LOGIN_FAILURE_WINDOW"])


def forget_failures(identifier: str) -> None:
    """After a successful login, the account's failures no longer count (the address's do)."""
    current_app.extensions["login_failures"].clear(_keys(identifier)[0])


def check_credentials(identifier: str, password: str):
    """``store.check_credentials``, refused while locked out, and each failure counted."""
    refuse_if_locked(identifier)
    user = store.check_credentials(identifier, password)
    if user is None:
        record_failure(identifier)
    else:
        forget_failures(identifier)
    return user
