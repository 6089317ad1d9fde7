"""Checks on the free-text answers; each failure is one line saying what is wrong and the fix."""

import keyword
import re
import sys

# Top-level names a generated project imports or ships itself; a slug equal to one of them would
# shadow it. The standard library is checked separately (sys.stdlib_module_names).
RESERVED_NAMES = frozenset(
    {
        "alembic",
        "config",
        "coverage",
        "conftest",
        "django",
        "dotenv",
        "environ",
        "factory",
        "faker",
        "flask",
        "flask_sqlalchemy",
        "gunicorn",
        "flask_migrate",
        "jinja2",
        "manage",
        "markupsafe",
        "migrations",
        "pytest",
        "pytest_cov",
        "pytest_django",
        "site",
        "sqlalchemy",
        "test",
        "tests",
        "werkzeug",
        "whitenoise",
    }
)

SLUG = re.compile(r"^[a-z_][a-z0-9_]*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
VERSION = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def slug_error(slug: str) -> str | None:
    fix = "choose another project_slug, for example 'my_site'"
    if not SLUG.match(slug):
        return (
            f"project_slug '{slug}' is not a lowercase Python identifier "
            f"(letters, digits, underscores, not starting with a digit): {fix}"
        )
    if keyword.iskeyword(slug) or keyword.issoftkeyword(slug):
        return f"project_slug '{slug}' is a Python keyword: {fix}"
    if slug in sys.stdlib_module_names:
        return f"project_slug '{slug}' would shadow the standard-library module '{slug}': {fix}"
    if slug in RESERVED_NAMES:
        return f"project_slug '{slug}' would shadow the package '{slug}' the project uses: {fix}"
    return None


def email_error(email: str) -> str | None:
    if not EMAIL.match(email):
        return f"email '{email}' is not a valid address: give one like 'jane@example.com'"
    return None


def version_error(version: str) -> str | None:
    if not VERSION.match(version):
        return f"version '{version}' is not a PEP 440 version: give one like '0.1.0'"
    return None


def answer_errors(answers: dict) -> list[str]:
    checks = (
        slug_error(answers["project_slug"]),
        email_error(answers["email"]),
        version_error(answers["version"]),
    )
    return [error for error in checks if error]
