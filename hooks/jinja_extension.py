"""The Jinja extension both templates load: what rendering needs beyond cookiecutter's own."""

from pathlib import Path

from jinja2.ext import Extension

REPOSITORY_ROOT = Path(__file__).resolve().parents[1]


def python_string(value: str) -> str:
    """``value`` as a Python string literal, in the quote style ruff format would choose."""
    value = str(value).replace("\\", "\\\\")
    if value.count('"') > value.count("'"):
        return "'" + value.replace("'", "\\'") + "'"
    return '"' + value.replace('"', '\\"') + '"'


class TemplateHelpers(Extension):
    """``repository_root`` for the hook shims (cookiecutter runs hooks from temp copies, so they
    cannot find the shared hook code by themselves) and the ``python_string`` filter."""

    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["repository_root"] = str(REPOSITORY_ROOT)
        environment.filters["python_string"] = python_string
