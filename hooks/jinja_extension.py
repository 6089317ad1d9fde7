"""The Jinja extension both templates load: what rendering needs beyond cookiecutter's own.

- ``checked(cookiecutter.project_slug)``: the slug, once every answer is valid. The project
  folder's name calls it, and cookiecutter renders that name before it creates anything, in every
  invocation form (prompts, ``--no-input``, ``--replay``, the Python API, cruft): so bad answers
  stop the bake with one ``error:`` line each, exit status 1, no traceback and nothing on disk.
  (The folder's name must contain ``cookiecutter.``: that is how cruft finds the project tree.)
- Answers are data: an answer holding Jinja syntax is kept as the literal text typed, never
  evaluated (cookiecutter renders every answer as a template before the hooks see it).
- One escaping filter per target language that receives free-text answers (``python_string``,
  ``toml_string``, ``markdown_text``; YAML and Dockerfiles receive only the slug, an
  identifier; HTML gets the name from the settings, through the framework's autoescaping), and
  ``applied`` to read answers through the ignore rules.
"""

import functools
import json
import re
import sys
from pathlib import Path

import click
from jinja2 import pass_context
from jinja2.ext import Extension

from hooks import facts, rules, validation
from hooks.options import FRAMEWORKS, for_framework

REPOSITORY_ROOT = validation.REPOSITORY_ROOT

JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
JINJA_MARKERS = ("{{", "{%", "{#")


def python_string(value: str) -> str:
    """``value`` as a Python string literal, in the quote style ruff format would choose."""
    value = str(value).replace("\\", "\\\\")
    if value.count('"') > value.count("'"):
        return "'" + value.replace("'", "\\'") + "'"
    return '"' + value.replace('"', '\\"') + '"'


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string (a JSON string is one: the same escapes)."""
    return json.dumps(str(value), ensure_ascii=False)


def markdown_text(value: str) -> str:
    """``value`` as one Markdown paragraph or heading that shows exactly the text typed.

    Inline markup and raw HTML characters get a backslash (CommonMark's escape for any ASCII
    punctuation); so does a line start that would open a list, quote or heading. Plain prose
    stays as it was, so the README still reads well as text.
    """
    text = re.sub(r"([\\`*_\[\]<>&|~])", r"\\\1", str(value))
    text = re.sub(r"^(\s*)([#>+=-])", r"\1\\\2", text)
    return re.sub(r"^(\s*[0-9]+)([.)])", r"\1\\\2", text)


def applied(answers, framework: str, key: str):
    """The answer to ``key`` as the framework's ignore rules apply it.

    Templates read ignored-able answers through this (``cookiecutter | applied("flask", "jwt")``),
    so the rules stay declared once, in ``hooks/options``.
    """
    return applied_answers(answers, framework)[key]


def applied_answers(answers, framework: str) -> dict:
    """Every answer as the framework's ignore rules apply it."""
    return rules.normalise(for_framework(framework).IGNORED, dict(answers))[0]


def dependencies(answers, framework: str, group: str) -> list[str]:
    """The lines of one pyproject requirements list (``group`` "main" or "dev"), from the
    ``DEPENDENCIES`` facts of ``hooks/options/<framework>.py``."""
    options = for_framework(framework)
    return facts.requirements(options.DEPENDENCIES, applied_answers(answers, framework), group)


def extensions(answers, framework: str) -> list[str]:
    """Markdown links to the libraries the project installs that the README names (the
    dependencies with a ``title``), in the order they are declared."""
    chosen = facts.chosen(
        for_framework(framework).DEPENDENCIES, applied_answers(answers, framework)
    )
    return [f"[{dep.title}]({dep.url})" for dep in chosen if dep.title]


def sections(answers, framework: str, place: str) -> list[str]:
    """The README pieces of ``place`` whose ``Section`` facts hold, in declaration order."""
    chosen = facts.chosen(for_framework(framework).SECTIONS, applied_answers(answers, framework))
    return [section.piece for section in chosen if section.place == place]


def services(answers, framework: str) -> list:
    """The ``Service`` facts that hold for these answers: the servers the project needs."""
    return facts.chosen(for_framework(framework).SERVICES, applied_answers(answers, framework))


def settings(answers, framework: str, kind: str) -> list[str]:
    """The ``ENV_VARS`` facts that hold, as README table rows (``kind`` "row"), .env.example
    entries ("entry") or the README's deployment exports ("export"); texts name answers and
    computed values as ``{project_slug}``."""
    options = for_framework(framework)
    values = applied_answers(answers, framework)
    values |= {f"__{name}": value(values) for name, value in options.COMPUTED.items()}
    chosen = facts.chosen(options.ENV_VARS, values)
    if kind == "row":
        return [var.row(values) for var in chosen if var.meaning]
    if kind == "export":
        return [var.export(values) for var in chosen if var.production]
    return [var.entry(values) for var in chosen if var.example]


def computed(answers, framework: str, name: str) -> str:
    """A computed value (a ``__`` key of cookiecutter.json): ``COMPUTED[name]`` of
    ``hooks/options/<framework>.py`` on the applied answers."""
    return for_framework(framework).COMPUTED[name](applied_answers(answers, framework))


def command_line_keys() -> list[str]:
    """The keys given as ``key=value`` to the cookiecutter command running this bake, if any.

    Cookiecutter drops unknown ones silently before any template code runs; its command line
    (a click command) still holds them. The Python API keeps no such record.
    """
    context = click.get_current_context(silent=True)
    extra = context.params.get("extra_context") if context else None
    return list(extra) if isinstance(extra, dict) else []


def invoking_command() -> str:
    """``cruft create``, ``cruft update``... when cruft runs this bake, else empty.

    Read from the process's arguments: cruft's command line is a Typer app with its own copy of
    click, whose context ``click`` cannot see.
    """
    program = Path(sys.argv[0]) if sys.argv else Path()
    if "cruft" not in (program.name, program.parent.name):
        return ""
    return " ".join(["cruft", *[arg for arg in sys.argv[1:] if not arg.startswith("-")][:1]])


@pass_context
def checked(context, value: str) -> str:
    """``value``, once every answer passes the checks in ``hooks/validation.py``; else stop the
    bake here."""
    answers = dict(context["cookiecutter"])
    framework = answers["_framework"]
    errors = validation.problems(framework, answers, given=command_line_keys())
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        raise SystemExit(1)
    return value


@functools.cache
def template_tags() -> frozenset[str]:
    """Every Jinja tag that the templates' own variables, path names and hooks contain.

    Cookiecutter renders exactly these kinds of text from strings rather than from files; any
    other tag in such a string came from an answer.
    """
    texts: list[str] = []
    for framework in FRAMEWORKS:
        folder = REPOSITORY_ROOT / "templates" / framework
        texts.append((folder / "cookiecutter.json").read_text(encoding="utf-8"))
        texts += [path.name for path in folder.rglob("*")]
        texts += [path.read_text(encoding="utf-8") for path in (folder / "hooks").glob("*.py")]
    return frozenset(tag for text in texts for tag in JINJA_TAG.findall(text))


def holds_answer_syntax(source: str) -> bool:
    """Whether ``source`` has Jinja syntax beyond the templates' own tags.

    Linear in the source's length (the known tags are removed by plain replacement): a regex
    search for tags is quadratic on an answer of many unclosed ``{{``.
    """
    for tag in template_tags():
        source = source.replace(tag, "")
    return any(marker in source for marker in JINJA_MARKERS)


class TemplateHelpers(Extension):
    """``repository_root`` for the hook shims (cookiecutter runs hooks from temp copies, so they
    cannot find the shared hook code by themselves), ``invoking_command`` for them too,
    ``checked``, the escaping filters, and answers kept literal."""

    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["repository_root"] = str(REPOSITORY_ROOT)
        environment.globals["checked"] = checked
        environment.globals["invoking_command"] = invoking_command
        environment.globals["answer_texts"] = []
        environment.filters["python_string"] = python_string
        environment.filters["toml_string"] = toml_string
        environment.filters["markdown_text"] = markdown_text
        environment.filters["applied"] = applied
        environment.filters["dependencies"] = dependencies
        environment.filters["computed"] = computed
        environment.filters["extensions"] = extensions
        environment.filters["sections"] = sections
        environment.filters["services"] = services
        environment.filters["settings"] = settings
        environment.filters["compose_lines"] = facts.compose_lines
        environment.filters["gitlab_lines"] = facts.gitlab_lines
        environment.filters["github_lines"] = facts.github_lines

    def preprocess(self, source, name, filename=None):
        """Render an answer that holds Jinja syntax as its literal text.

        Files come with a name; answers, defaults, path names and hooks come as bare strings.
        """
        if name is not None or not holds_answer_syntax(source):
            return source
        texts = self.environment.globals["answer_texts"]
        texts.append(source)
        return "{{ answer_texts[" + str(len(texts) - 1) + "] }}"
