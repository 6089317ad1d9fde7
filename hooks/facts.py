"""What each option value brings to a generated project, declared once per fact.

The facts live in ``hooks/options/<framework>.py`` next to the rules, in sections by feature;
pyproject.toml, the README and the deployment files read them through the filters in
``hooks/jinja_extension.py``. Conditions hold on the answers as the ignore rules apply them.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hooks.rules import Answers, Condition

ALWAYS = Condition()

# The distribution name at the start of a requirement: "flask-caching>=2.3,<3" -> flask-caching.
_NAME = re.compile(r"[A-Za-z0-9._-]+")


@dataclass(frozen=True)
class AnyOf:
    """Holds when one of its conditions holds."""

    conditions: tuple[Condition, ...]

    def holds(self, answers: Answers) -> bool:
        return any(condition.holds(answers) for condition in self.conditions)


def either(*conditions: Condition) -> AnyOf:
    return AnyOf(conditions)


@dataclass(frozen=True)
class Dependency:
    """A requirement of the generated project, in ``group`` ("main" or a dependency group).

    ``why`` becomes a comment above the requirement (one line each ``\\n``); ``title`` and ``url``
    name it where the README lists the project's extensions.
    """

    requirement: str
    condition: Condition | AnyOf = ALWAYS
    group: str = "main"
    why: str = ""
    title: str = ""
    url: str = ""

    @property
    def name(self) -> str:
        return _NAME.match(self.requirement).group().lower()


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
    condition: Condition | AnyOf = ALWAYS
