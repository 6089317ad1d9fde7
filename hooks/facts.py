"""What each option value brings to a generated project, declared once per fact.

The facts live in ``hooks/options/<framework>.py`` next to the rules, in sections by feature;
pyproject.toml, the README and the deployment files read them through the filters in
``hooks/jinja_extension.py``. Conditions hold on the answers as the ignore rules apply them.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from hooks.rules import Answers, Condition, Either, when

ALWAYS = Condition()

# The distribution name at the start of a requirement: "flask-caching>=2.3,<3" -> flask-caching.
_NAME = re.compile(r"[A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Dependency:
    """A requirement of the generated project, in ``group`` ("main" or a dependency group).

    ``why`` becomes a comment above the requirement (one line each ``\\n``); ``title`` and ``url``
    name it where the README lists the project's extensions.
    """

    requirement: str
    condition: Condition | Either = ALWAYS
    group: str = "main"
    why: str = ""
    title: str = ""
    url: str = ""

    @property
    def name(self) -> str:
        return _NAME.match(self.requirement).group().lower()


# The development tools every generated project pins: tests, coverage and the git hooks.
DEV_TOOLS = [
    Dependency("coverage==7.17.3", group="dev"),
    Dependency("pre-commit==4.7.0", group="dev"),
    Dependency("pytest==9.2.0", when(test_runner="pytest"), group="dev"),
    Dependency("pytest-cov==7.1.0", when(test_runner="pytest"), group="dev"),
]


def chosen(facts: Iterable, answers: Answers) -> list:
    """The facts whose condition holds for ``answers``, in declaration order."""
    return [fact for fact in facts if fact.condition.holds(answers)]


def requirements(dependencies: Iterable[Dependency], answers: Answers, group: str) -> list[str]:
    """The lines of one pyproject list: each chosen requirement, sorted by name, its comment
    above it."""
    lines = []
    picked = [dep for dep in chosen(dependencies, answers) if dep.group == group]
    for dependency in sorted(picked, key=lambda dep: dep.name):
        lines += [f"# {line}" for line in dependency.why.splitlines()]
        lines.append(f'"{dependency.requirement}",')
    return lines


@dataclass(frozen=True)
class Section:
    """A README piece (a path under ``templates/<framework>/templates/``) that the README's
    ``place`` (a list, say) includes when its condition holds."""

    place: str
    piece: str
    condition: Condition | Either = ALWAYS


@dataclass(frozen=True)
class Service:
    """A server the project needs, with what each file says about it.

    ``role`` is its name in compose.yaml (the web container reaches it there), ``alias`` its host
    name in CI; ``container_env`` configures its compose container and ``ci_env`` its CI one.
    ``app_env`` is what the web container needs in compose.yaml, ``test_env`` what the tests need
    in CI (``{host}`` becomes the CI host). ``summary`` is the line post-gen prints, if any.
    """

    title: str
    image: str
    role: str
    alias: str = ""
    port: int = 0
    container_env: Mapping[str, str] = field(default_factory=dict)
    ci_env: Mapping[str, str] = field(default_factory=dict)
    volume: str = ""
    healthcheck: tuple[str, ...] = ()
    ci_health: str = ""
    interval: str = "5s"
    retries: int = 10
    condition: Condition | Either = ALWAYS
    app_env: Mapping[str, str] = field(default_factory=dict)
    test_env: Mapping[str, str] = field(default_factory=dict)
    summary: str = ""
    in_ci: bool = True
    # A port compose.yaml publishes on the host, and a comment above the service there.
    published: int = 0
    comment: str = ""

    def ci_test_env(self, host: str) -> dict[str, str]:
        return {name: value.format(host=host) for name, value in self.test_env.items()}


# The servers both templates know; each options module says when one applies and what its
# project sets (dataclasses.replace).
POSTGRESQL = Service(
    "PostgreSQL",
    "postgres:17",
    "db",
    alias="postgres",
    port=5432,
    container_env={"POSTGRES_USER": "app", "POSTGRES_PASSWORD": "app", "POSTGRES_DB": "app"},
    ci_env={"POSTGRES_PASSWORD": "postgres"},
    volume="/var/lib/postgresql/data",
    healthcheck=("CMD", "pg_isready", "-U", "app"),
    ci_health="pg_isready",
)
MYSQL = Service(
    "MySQL",
    "mysql:8.4",
    "db",
    alias="mysql",
    port=3306,
    container_env={
        "MYSQL_ROOT_PASSWORD": "root",
        "MYSQL_USER": "app",
        "MYSQL_PASSWORD": "app",
        "MYSQL_DATABASE": "app",
    },
    ci_env={"MYSQL_ROOT_PASSWORD": "root", "MYSQL_DATABASE": "app"},
    volume="/var/lib/mysql",
    healthcheck=("CMD", "mysqladmin", "ping", "-proot"),
    ci_health='"mysqladmin ping -proot"',
    retries=20,
)
MARIADB = Service(
    "MariaDB",
    "mariadb:11.4",
    "db",
    alias="mariadb",
    port=3306,
    container_env={
        "MARIADB_ROOT_PASSWORD": "root",
        "MARIADB_USER": "app",
        "MARIADB_PASSWORD": "app",
        "MARIADB_DATABASE": "app",
    },
    ci_env={"MARIADB_ROOT_PASSWORD": "root", "MARIADB_DATABASE": "app"},
    volume="/var/lib/mysql",
    healthcheck=("CMD", "healthcheck.sh", "--connect", "--innodb_initialized"),
    ci_health='"healthcheck.sh --connect --innodb_initialized"',
    retries=20,
)
ORACLE = Service(
    "Oracle",
    "gvenzl/oracle-free:23-slim",
    "db",
    alias="oracle",
    port=1521,
    container_env={"ORACLE_PASSWORD": "oracle", "APP_USER": "app", "APP_USER_PASSWORD": "app"},
    ci_env={"ORACLE_PASSWORD": "oracle"},
    volume="/opt/oracle/oradata",
    healthcheck=("CMD", "healthcheck.sh"),
    ci_health="healthcheck.sh",
    interval="10s",
    retries=30,
)
MONGODB = Service(
    "MongoDB",
    "mongo:8",
    "db",
    alias="mongodb",
    port=27017,
    volume="/data/db",
    healthcheck=("CMD", "mongosh", "--quiet", "--eval", "db.runCommand({ping: 1})"),
)
REDIS = Service("Redis", "redis:7", "cache", alias="redis", port=6379)
MEMCACHED = Service("Memcached", "memcached:1.6", "cache", alias="memcached", port=11211)


def compose_lines(services: Iterable[Service]) -> list[str]:
    """compose.yaml's lines for these servers: the web container's ``depends_on``, then a
    service each (indented to sit under ``services:``, after ``web``)."""
    services = list(services)
    lines = ["    depends_on:"] if services else []
    for service in services:
        started = "service_healthy" if service.healthcheck else "service_started"
        lines += [f"      {service.role}:", f"        condition: {started}"]
    for service in services:
        if service.comment:
            lines.append(f"  # {service.comment}")
        lines += [f"  {service.role}:", f"    image: {service.image}"]
        if service.published:
            lines.append(f'    ports: ["{service.published}:{service.published}"]')
        if service.container_env:
            lines.append("    environment:")
            lines += [f"      {name}: {value}" for name, value in service.container_env.items()]
        if service.volume:
            lines += ["    volumes:", f"      - data:{service.volume}"]
        if service.healthcheck:
            test = ", ".join(f'"{word}"' for word in service.healthcheck)
            lines += [
                "    healthcheck:",
                f"      test: [{test}]",
                f"      interval: {service.interval}",
                f"      retries: {service.retries}",
            ]
    return lines


def gitlab_lines(services: Iterable[Service]) -> list[str]:
    """.gitlab-ci.yml's lines for the test job's servers: its ``services`` and ``variables``."""
    services = list(services)
    lines = ["  services:"] if services else []
    for service in services:
        lines += [f"    - name: {service.image}", f"      alias: {service.alias}"]
    lines += [
        "  variables:",
        "    UV_CACHE_DIR: .uv-cache",
        "    PRE_COMMIT_HOME: .pre-commit-cache",
    ]
    for service in services:
        env = {**service.ci_env, **service.ci_test_env(service.alias)}
        lines += [f"    {name}: {value}" for name, value in env.items()]
    return lines


def github_lines(services: Iterable[Service]) -> list[str]:
    """A GitHub Actions job's lines for its servers: ``services`` (ports published on the
    runner) and the tests' ``env``."""
    services = list(services)
    lines = ["    services:"] if services else []
    for service in services:
        lines += [f"      {service.alias}:", f"        image: {service.image}"]
        if service.ci_env:
            lines.append("        env:")
            lines += [f"          {name}: {value}" for name, value in service.ci_env.items()]
        lines.append(f'        ports: ["{service.port}:{service.port}"]')
        if service.ci_health:
            lines += [
                "        options: >-",
                f"          --health-cmd {service.ci_health} --health-interval {service.interval}",
                f"          --health-timeout 5s --health-retries {service.retries}",
            ]
    lines += ["    env:"] if services else []
    for service in services:
        lines += [
            f"      {name}: {value}" for name, value in service.ci_test_env("127.0.0.1").items()
        ]
    return lines


@dataclass(frozen=True)
class EnvVar:
    """A setting read from the environment that only some answers bring.

    ``default`` and ``meaning`` make its row in the README's table of settings; ``example`` (with
    ``comment`` lines above it) its entry in .env.example, commented out unless ``active``;
    ``production`` its line in the README's deployment steps. Texts
    may name answers and computed values: ``{project_slug}``, ``{__database}``.
    """

    name: str
    condition: Condition | Either
    default: str = ""
    meaning: str = ""
    example: str = ""
    comment: str = ""
    active: bool = False
    # The value the README's deployment steps export, where they set this variable.
    production: str = ""

    def row(self, answers: Answers) -> str:
        return f"| `{self.name}` | {self.default} | {self.meaning} |".format(**answers)

    def entry(self, answers: Answers) -> str:
        lines = [f"# {line}" for line in self.comment.splitlines()]
        lines.append(("" if self.active else "# ") + f"{self.name}={self.example}")
        return "\n".join(lines).format(**answers)

    def export(self, answers: Answers) -> str:
        return f"export {self.name}={self.production}".format(**answers)
