"""What a baked project must not hold: names of option values that were not chosen, dead modules.

``NAMES`` lists, per framework, question and value, the words only that value brings into a
project: its packages, its extensions, its files. A project baked with another value must not
contain any of them, in code, comments, configuration or docs. Values with no words of their own
(the defaults every other value builds on, such as Flask-Login under every Flask auth) have none.
This is a test oracle, kept apart from the templates on purpose: it must not be derived from the
code it checks.
"""

import ast
import re
import tomllib
from pathlib import Path

from hooks import rules
from hooks.options import for_framework
from tests.render.checks import run_tool, text_files

# Case-insensitive regular expressions; ``\b`` where a shorter word would match inside others.
_COMMON = {
    "test_runner": {"pytest": [r"pytest"], "unittest": [r"-m unittest", r"manage\.py test"]},
    "use_docker": {True: [r"docker", r"\bcompose\.ya?ml"]},
    "ci": {"github": [r"\.github", r"github actions"], "gitlab": [r"gitlab"]},
}

NAMES = {
    "flask": _COMMON
    | {
        "orm": {
            "sqlalchemy": [r"sqlalchemy"],
            "peewee": [r"peewee"],
            "mongoengine": [r"mongoengine", r"mongomock"],
            "pymongo": [r"flask[-_]pymongo", r"nx-27017"],
            "pony": [r"\bpony"],
        },
        # MySQL and MariaDB share one protocol and driver: a project for either accepts both URL
        # schemes (hosting platforms hand out mysql:// for MariaDB), so their names are not here.
        "database": {"postgresql": [r"postgres", r"psycopg"]},
        "migrations": {
            "flask-migrate": [r"flask[-_]migrate"],
            "flask-alembic": [r"flask[-_]alembic"],
        },
        "auth": {"flask-principal": [r"principal"], "flask-security": [r"flask[-_]security"]},
        "admin": {True: [r"flask[-_]admin"]},
        "forms": {True: [r"flask[-_]wtf"]},
        "rest_api": {
            "flask-smorest": [r"smorest"],
            "flask-restx": [r"restx"],
            "flask-restful": [r"flask[-_]restful"],
            "flask-classful": [r"classful"],
            "connexion": [r"connexion"],
        },
        "serialization": {True: [r"marshmallow"]},
        "jwt": {True: [r"\bjwt", r"jwt_extended"]},
        # SimpleCache is not here: the tests of a Redis project cache in process memory too.
        "cache": {"redis": [r"redis"]},
        "use_sitemap": {True: [r"sitemap"]},
        "use_feeds": {True: [r"feedgen", r"\brss\b", r"\batom\b"]},
        "async_views": {True: [r"async_views", r"flask\[async\]"]},
    },
    "django": _COMMON
    | {
        "database": {"postgresql": [r"postgres", r"psycopg"], "oracle": [r"oracle"]},
        "rest_api": {
            "drf": [r"rest_framework", r"djangorestframework", r"\bdrf\b"],
            "django-ninja": [r"ninja"],
        },
        "template_engine": {"jinja2": [r"jinja2"]},
        "server": {
            "gunicorn": [r"gunicorn"],
            "uvicorn": [r"uvicorn"],
            "daphne": [r"daphne"],
            "hypercorn": [r"hypercorn"],
        },
        "cache": {"redis": [r"redis"], "memcached": [r"memcached", r"pymemcache"]},
        "use_feeds": {True: [r"syndication", r"\brss\b", r"\batom\b"]},
        "use_sitemaps": {True: [r"sitemap"]},
    },
}

# Generated files that are not the project's own words.
NOT_CHECKED = {"LICENSE", ".env"}


def unchosen_names(framework: str, answers: dict, project: Path) -> list[str]:
    """``path:line: word (question=value not chosen)`` for each name of an unchosen value."""
    applied, _ = rules.normalise(for_framework(framework).IGNORED, answers)
    patterns = [
        (re.compile(pattern, re.IGNORECASE), f"{question}={value!r}")
        for question, values in NAMES[framework].items()
        for value, words in values.items()
        if applied.get(question) != value
        for pattern in words
    ]
    found = []
    for path in text_files(project):
        if path.name in NOT_CHECKED:
            continue
        name = path.relative_to(project)
        for number, line in enumerate(path.read_text().splitlines(), 1):
            for pattern, unchosen in patterns:
                match = pattern.search(line)
                if match:
                    found.append(f"{name}:{number}: {match.group()!r} ({unchosen} not chosen)")
    # The file names too: a file named after an unchosen value is one.
    for path in project.rglob("*"):
        if ".git" in path.parts:
            continue
        for pattern, unchosen in patterns:
            match = pattern.search(path.name)
            if match:
                found.append(f"{path.relative_to(project)}: named {match.group()!r} ({unchosen})")
    return found


# Modules something else starts by path, not by import: entry points, the runners' files, and the
# modules Django discovers in each installed app (its AppConfig, its admin registrations).
ENTRY_POINTS = {
    "manage.py",
    "wsgi.py",
    "asgi.py",
    "conftest.py",
    "__init__.py",
    "apps.py",
    "admin.py",
}


def _dotted(project: Path, path: Path) -> str:
    return ".".join(path.relative_to(project).with_suffix("").parts)


def _names_used(project: Path, path: Path) -> set[str]:
    """The dotted names a file imports (resolved) or spells out (Django's settings strings)."""
    text = path.read_text()
    used = set(re.findall(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+", text))
    if path.suffix != ".py":
        return used
    package = _dotted(project, path).split(".")[:-1]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            used |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            used |= {module} | {f"{module}.{alias.name}" for alias in node.names}
    return used


def dead_modules(project: Path) -> list[str]:
    """Python modules of the project that nothing imports or names, and that no tool starts.

    A module counts as used when another file imports it (resolved, relative or absolute) or
    spells out its dotted path (Django's settings, URLconfs and apps, ``--app``). Tests and
    migrations are started by their runners; what only the tests import is dead: the
    application never runs it.
    """
    sources = [
        path
        for path in text_files(project)
        if path.suffix in {".py", ".toml", ".cfg", ".ini"}
        and path.relative_to(project).parts[0] != "tests"
    ]
    names = {path: _names_used(project, path) for path in sources}
    dead = []
    for module in sorted(project.rglob("*.py")):
        relative = module.relative_to(project)
        if (
            module.name in ENTRY_POINTS
            or relative.parts[0] in {"tests", "migrations"}
            or "migrations" in relative.parts
        ):
            continue
        dotted = _dotted(project, module)
        used = set().union(*(found for path, found in names.items() if path != module))
        if not any(name == dotted or name.startswith(f"{dotted}.") for name in used):
            dead.append(str(relative))
    return dead


def markdown_problems(project: Path, files: list[str] | None = None) -> str:
    """What pymarkdown finds in the project's Markdown files (or ``files``), one line each.

    MD013 (line length) is off: a README quotes commands and names that no wrap can shorten.
    """
    if files is None:
        files = sorted(str(path.relative_to(project)) for path in project.rglob("*.md"))
    result = run_tool("pymarkdown", "--disable-rules", "md013", "scan", *files, cwd=project)
    return result.stdout + result.stderr


# The packages a README must name: the framework's extensions and the server that runs the app.
EXTENSION = re.compile(r"^(flask-|django-|djangorestframework|gunicorn|uvicorn|daphne|hypercorn)")


def unnamed_extensions(project: Path) -> list[str]:
    """The installed extensions and server the README does not name (by their package name)."""
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    readme = (project / "README.md").read_text().lower()
    packages = [
        re.split(r"[\[<>=!~ ;]", line, maxsplit=1)[0].lower()
        for line in pyproject["project"]["dependencies"]
    ]
    return [name for name in packages if EXTENSION.match(name) and name not in readme]


def empty_files(project: Path) -> list[str]:
    """Files with nothing in them but blank lines, bar a package's ``__init__.py``.

    A file at a natural path includes its chosen variant with ``ignore missing`` (no variant: the
    manifest prunes it); a variant path that names nothing would leave the file empty.
    """
    return [
        str(path.relative_to(project))
        for path in text_files(project)
        if path.name != "__init__.py" and not path.read_text().strip()
    ]
