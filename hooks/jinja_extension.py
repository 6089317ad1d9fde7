"""The Jinja extension both templates load: what rendering needs beyond cookiecutter's own."""

from pathlib import Path

from jinja2.ext import Extension

from hooks import rules
from hooks.options import for_framework

REPOSITORY_ROOT = Path(__file__).resolve().parents[1]


def python_string(value: str) -> str:
    """``value`` as a Python string literal, in the quote style ruff format would choose."""
    value = str(value).replace("\\", "\\\\")
    if value.count('"') > value.count("'"):
        return "'" + value.replace("'", "\\'") + "'"
    return '"' + value.replace('"', '\\"') + '"'


def applied(answers, framework: str, key: str):
    """The answer to ``key`` as the framework's ignore rules apply it.

    Templates read ignored-able answers through this (``cookiecutter | applied("flask", "jwt")``),
    so the rules stay declared once, in ``hooks/options``.
    """
    return rules.normalise(for_framework(framework).IGNORED, dict(answers))[0][key]


class TemplateHelpers(Extension):
    """``repository_root`` for the hook shims (cookiecutter runs hooks from temp copies, so they
    cannot find the shared hook code by themselves), and the ``python_string`` and ``applied``
    filters."""

    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["repository_root"] = str(REPOSITORY_ROOT)
        environment.filters["python_string"] = python_string
        environment.filters["applied"] = applied
