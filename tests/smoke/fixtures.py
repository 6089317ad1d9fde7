"""Session fixtures of the smoke tier: a generated project built once per combination, and served.

``built`` bakes and installs a combination with the real services it needs; ``site`` applies its
migrations, creates a staff user and serves it with a real server on 127.0.0.1. Both live for the
combination's whole group of tests (pytest runs a parametrized session fixture's tests together).
"""

import contextlib
import secrets
from dataclasses import dataclass, field
from types import ModuleType

import pytest

from tests.contract.client import Client
from tests.smoke.adapters import adapter
from tests.smoke.cases import CASES
from tests.smoke.project import Project
from tests.smoke.server import serving
from tests.template import bake

PROJECT_NAME = "Smoke <Test> Site"

# What adapters ask for (``services()``) and the per-process server fixture that provides it.
SERVERS = {
    "postgres_url": "postgres_server",
    "mariadb_url": "mariadb_server",
    "redis_url": "redis_server",
    "memcached_location": "memcached_server",
}


@dataclass
class Built:
    framework: str
    combination: dict
    project: Project
    driver: ModuleType
    env: dict
    urls: dict
    _prepared: bool = False

    def prepare(self) -> None:
        """Deployment checks and database setup, once."""
        if not self._prepared:
            self.driver.prepare(self.project, self.combination, self.env)
            self._prepared = True


@dataclass(frozen=True)
class Credentials:
    username: str
    email: str
    password: str


def new_credentials(prefix: str) -> Credentials:
    name = f"{prefix}{secrets.token_hex(4)}"
    return Credentials(name, f"{name}@example.com", f"Pw-{secrets.token_urlsafe(12)}")


@dataclass
class Site:
    base: str
    framework: str
    combination: dict
    features: set[str]
    staff: Credentials | None
    project_name: str = PROJECT_NAME
    log: list[str] = field(default_factory=list)

    def client(self) -> Client:
        return Client(self.base)

    def has(self, feature: str) -> bool:
        return feature in self.features


@pytest.fixture(scope="session", params=CASES)
def built(request, tmp_path_factory):
    framework, index, combination = request.param
    driver = adapter(framework)
    data_dir = tmp_path_factory.mktemp(f"{framework}-{index}")
    with contextlib.ExitStack() as stack:
        urls = {
            name: stack.enter_context(request.getfixturevalue(SERVERS[name]).database())
            for name in driver.services(combination)
        }
        baked = bake(framework, data_dir / "out", project_name=PROJECT_NAME, **combination)
        project = Project(baked, combination["python_version"])
        # Stage the pristine tree now: pre-commit checks exactly what was generated, whatever
        # the other tests write into the project later (caches, static files).
        project.run("git", "init", "-q")
        project.run("git", "add", "-A")
        project.install()
        env = driver.environment(project, combination, data_dir, urls)
        yield Built(framework, combination, project, driver, env, urls)


@pytest.fixture(scope="session")
def site(built):
    reason = built.driver.not_served_here(built.combination)
    if reason:
        # Stated in README and in the run's summary; the project's own tests still ran.
        pytest.skip(reason)
    built.prepare()
    features = built.driver.features(built.combination)
    staff = None
    if features & {"admin", "accounts", "posts", "api"}:
        staff = new_credentials("staff")
        built.driver.create_staff(built.project, built.combination, built.env, staff)
    command = built.driver.serve_command(built.project, built.combination)
    env = built.env | built.driver.serve_env(built.combination)
    log = built.project.path.parent / "server.log"
    with serving(command, built.project.path, env, log) as base:
        yield Site(base, built.framework, built.combination, features, staff)
