"""How the smoke tier drives each framework's generated project: one module per framework.

Each module provides:

- ``services(combination)``: names of the service fixtures the combination needs
  (``postgres_url``, ``mariadb_url``, ``redis_url``, ``memcached_location``);
- ``environment(project, combination, data_dir, urls)``: the production environment, given the
  started services' URLs keyed by fixture name;
- ``test_command(project, combination, urls)``: the project's own test command and its
  environment (the services' URLs);
- ``prepare(project, env)``: deployment checks and database setup;
- ``serve_command(project, combination)``: the server command, ``{port}`` to be filled in;
- ``serve_env(combination)``: what serving over plain HTTP on loopback adds to the environment;
- ``features(combination)``: which parts of the reference-app contract the project serves, among
  ``posts``, ``accounts``, ``feeds``, ``sitemap``, ``admin``, ``api``, ``openapi``, ``jwt``;
- ``create_staff(project, env, credentials)``: a staff user (``username``, ``email``,
  ``password``) made through the project's own command line.
"""

from importlib import import_module
from types import ModuleType


def adapter(framework: str) -> ModuleType:
    return import_module(f"tests.smoke.adapters.{framework}")
