"""Every answer checked before anything is written: one line per problem, naming the fix.

The questions, their choices and their types come from the template's own cookiecutter.json,
the refused combinations from ``hooks/options``, the names a slug may not take from the
generated projects' own top-level names and from ``import_names.json`` (every module a generated
project can import, computed by ``tests/import_names.py``). Nothing here restates them by hand.
"""

import difflib
import functools
import json
import keyword
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from hooks import rules
from hooks.options import for_framework

REPOSITORY_ROOT = Path(__file__).resolve().parents[1]
IMPORT_NAMES_FILE = Path(__file__).with_name("import_names.json")

# ASCII only: ``\d`` and ``\w`` would also take non-ASCII digits and letters, which packaging
# tools and Python imports refuse.
SLUG = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", re.ASCII)
VERSION = re.compile(r"[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?", re.ASCII)

# Longest answers accepted. The slug's limit keeps every generated line that names it (imports
# such as ``from <slug>.config import ...``) within ruff's 100 columns; the render tier checks it.
MAX_LENGTH = {
    "project_name": 100,
    "project_slug": 30,
    "description": 300,
    "author_name": 100,
    "email": 254,
    "version": 40,
}
# Answers that may be left empty (the others must say something).
MAY_BE_EMPTY = {"description"}

# File names Windows reserves whatever the extension: a package so named cannot be checked out.
WINDOWS_DEVICES = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{n}" for n in range(1, 10)),
        *(f"lpt{n}" for n in range(1, 10)),
    }
)

# Characters that are not text: controls (newline, tab, NUL...), lone surrogates, line and
# paragraph separators, and the bidirectional overrides that make code read differently from
# how it runs. Right-to-left letters themselves are text and welcome.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
NOT_TEXT = frozenset({"Cc", "Cs", "Zl", "Zp"})

FIX_SLUG = "choose another project_slug, for example 'my_site'"


@functools.cache
def questions(framework: str) -> dict[str, Any]:
    """The framework's questions (cookiecutter.json without private keys), in asking order."""
    path = REPOSITORY_ROOT / "templates" / framework / "cookiecutter.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in config.items() if not key.startswith("_")}


def project_template(framework: str) -> Path:
    """The template's project folder (the one whose name cookiecutter renders)."""
    folder = REPOSITORY_ROOT / "templates" / framework
    return next(path for path in folder.iterdir() if path.is_dir() and "{{" in path.name)


@functools.cache
def reserved_names(framework: str) -> frozenset[str]:
    """Top-level names a generated project ships itself or can import from its dependencies."""
    own = {path.name.removesuffix(".py") for path in project_template(framework).iterdir()}
    imported = json.loads(IMPORT_NAMES_FILE.read_text(encoding="utf-8"))[framework]
    return frozenset(own | set(imported))


def _shown(value: Any) -> str:
    """An answer quoted for an error line: escaped, so a newline cannot split the line."""
    text = value if isinstance(value, str) else json.dumps(value)
    if len(text) > 60:
        text = text[:57] + "..."
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    return "'" + shown.replace("'", "\\'") + "'"


def text_error(key: str, value: Any) -> str | None:
    """Problems every free-text answer can have: not text, empty, too long, control characters."""
    if not isinstance(value, str):
        return f"{key} {_shown(value)} is not text: give it as a string"
    bad = [c for c in value if unicodedata.category(c) in NOT_TEXT or c in BIDI_CONTROLS]
    if bad:
        return (
            f"{key} {_shown(value)} contains a control character ({_shown(bad[0])[1:-1]}): "
            "give it on one line, without control or direction-override characters"
        )
    if not value.strip() and key not in MAY_BE_EMPTY:
        return f"{key} is empty: give a value (press Enter to take the default)"
    if value != value.strip():
        return f"{key} {_shown(value)} starts or ends with spaces: remove them"
    if len(value) > MAX_LENGTH[key]:
        return f"{key} is {len(value)} characters long: shorten it to {MAX_LENGTH[key]} at most"
    return None


def slug_error(slug: str, framework: str) -> str | None:
    if not SLUG.fullmatch(slug):
        return (
            f"project_slug {_shown(slug)} is not a lowercase Python identifier "
            f"(ASCII letters, digits and underscores, starting with a letter): {FIX_SLUG}"
        )
    if keyword.iskeyword(slug) or keyword.issoftkeyword(slug):
        return f"project_slug '{slug}' is a Python keyword: {FIX_SLUG}"
    if slug in sys.stdlib_module_names:
        return (
            f"project_slug '{slug}' would shadow the standard-library module '{slug}': {FIX_SLUG}"
        )
    if slug in reserved_names(framework):
        return (
            f"project_slug '{slug}' would shadow the module '{slug}' that a generated project "
            f"imports or ships: {FIX_SLUG}"
        )
    if slug in WINDOWS_DEVICES:
        return f"project_slug '{slug}' is a device name Windows reserves: {FIX_SLUG}"
    return None


def email_error(email: str) -> str | None:
    if not EMAIL.fullmatch(email):
        return f"email {_shown(email)} is not a valid address: give one like 'jane@example.com'"
    return None


def version_error(version: str) -> str | None:
    if not VERSION.fullmatch(version):
        return f"version {_shown(version)} is not a PEP 440 version: give one like '0.1.0'"
    return None


FORMAT_CHECKS = {"email": email_error, "version": version_error}


def unknown_key_errors(framework: str, given: list[str]) -> list[str]:
    known = list(questions(framework))
    errors = []
    for key in given:
        if key in known or key.startswith("_"):
            continue
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"the questions are {', '.join(known)}"
        errors.append(f"unknown answer {_shown(key)} for the {framework} template: {hint}")
    return errors


def choice_error(key: str, value: Any, default: Any) -> str | None:
    if isinstance(default, list) and value not in default:
        choices = ", ".join(default)
        return f"{key} {_shown(value)} is not one of the choices: choose one of {choices}"
    if isinstance(default, bool) and not isinstance(value, bool):
        return f"{key} {_shown(value)} is not yes or no: answer yes or no"
    return None


def problems(framework: str, answers: dict[str, Any], given: list[str] = ()) -> list[str]:
    """Every problem with ``answers``, one line each; ``given`` names the keys the user passed
    (on the command line or in a replay file), so misspelt ones are reported."""
    errors = unknown_key_errors(framework, [*given, *answers])
    asked = questions(framework)
    for key, default in asked.items():
        if key not in answers:
            errors.append(f"{key} has no answer: give one, for example {key}={_shown(default)}")
            continue
        value = answers[key]
        if isinstance(default, list | bool):
            error = choice_error(key, value, default)
        else:
            error = text_error(key, value)
            if error is None and key == "project_slug":
                error = slug_error(value, framework)
            elif error is None and key in FORMAT_CHECKS:
                error = FORMAT_CHECKS[key](value)
        if error:
            errors.append(error)
    if not errors:
        errors += rules.conflicts(for_framework(framework).CONFLICTS, answers)
    return list(dict.fromkeys(errors))
