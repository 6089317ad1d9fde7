"""How the smoke tier drives each framework's generated project: one module per framework.

Each module provides:

- ``services(combination)``: names of the service fixtures the combination needs
  (``postgres_url``, ``mariadb_url``, ``redis_url``, ``memcached_location``);
- ``environment(project, combination, data_dir, urls)``: the production environment, given the
  started services' URLs keyed by fixture name;
- ``test_command(project, combination, urls)``: the project's own test command and its
  environment (the services' URLs);
- ``prepare(project, combination, env)``: deployment checks and database setup;
- ``serve_command(project, combination)``: the server command, ``{port}`` to be filled in;
- ``serve_env(combination)``: what serving on loopback adds to the environment. The server runs
  its production configuration unchanged, as behind one TLS proxy: the contract client sends
  ``X-Forwarded-Proto: https`` (and, to be another client, ``X-Forwarded-For``) and the app
  trusts that one proxy, so the redirect to HTTPS stays on. It must set ``LOGIN_FAILURE_LIMIT``
  to ``LOGIN_FAILURE_LIMIT`` below (tests/contract/test_security.py counts on it);
- ``features(combination)``: which parts of the reference-app contract the project serves, among
  ``posts``, ``accounts``, ``feeds``, ``sitemap``, ``admin``, ``api``, ``openapi``, ``jwt``;
- ``create_staff(project, combination, env, credentials)``: a staff user (``username``, ``email``,
  ``password``) made through the project's own command line;
- ``weak_secret_command(project) -> list[str]``: a command, run in the project directory with the
  production environment (``environment()``) in which only ``SECRET_KEY`` changes, that loads
  the production configuration: it exits 0 with a strong key and, with a weak one (empty, shorter
  than 32 characters, or one of ``change-me``, ``changeme``, ``secret``, ``dev``,
  ``development``, ``test`` in any case), exits non-zero with a last line of output naming
  ``SECRET_KEY`` (tests/smoke/test_secrets.py).
"""

from importlib import import_module
from types import ModuleType

# Failed logins allowed per account and per client address before the served app locks them out
# (the projects' own default too); serve_env sets LOGIN_FAILURE_LIMIT to it.
LOGIN_FAILURE_LIMIT = 5


def adapter(framework: str) -> ModuleType:
    return import_module(f"tests.smoke.adapters.{framework}")
