"""The shape of the option rules and the functions that apply them.

The rules themselves are data, one module per framework in ``hooks/options``; the pre-gen hook,
the test matrix and the README's options tables all read them from there.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Condition:
    """Holds when every named answer is one of the listed values."""

    values: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    def holds(self, answers: Answers) -> bool:
        return all(answers.get(key) in allowed for key, allowed in self.values.items())


def when(**values: Any) -> Condition:
    """``when(database="oracle", python_version=("3.11", "3.12"))``: a single value or a tuple."""
    return Condition({k: v if isinstance(v, tuple) else (v,) for k, v in values.items()})


@dataclass(frozen=True)
class Either:
    """Holds when one of its conditions holds (a file several features use)."""

    alternatives: tuple[Condition, ...]

    def holds(self, answers: Answers) -> bool:
        return any(condition.holds(answers) for condition in self.alternatives)


def either(*alternatives: Condition) -> Either:
    return Either(alternatives)


@dataclass(frozen=True)
class Conflict:
    """A combination that cannot work; ``message`` names the conflict and what to choose."""

    condition: Condition
    message: str


@dataclass(frozen=True)
class Ignored:
    """An answer that does not apply to an earlier choice: it is reset to ``value`` with a note."""

    condition: Condition
    key: str
    value: Any
    note: str


@dataclass(frozen=True)
class Keep:
    """A generated path kept only when its condition holds.

    ``path`` is relative to the project and may name answers, e.g. ``"{project_slug}/api/drf.py"``.
    """

    path: str
    condition: Condition | Either


def conflicts(rules: Iterable[Conflict], answers: Answers) -> list[str]:
    return [rule.message for rule in rules if rule.condition.holds(answers)]


def normalise(rules: Iterable[Ignored], answers: Answers) -> tuple[dict[str, Any], list[str]]:
    """Reset the answers that do not apply; return the new answers and a note for each change."""
    result = dict(answers)
    notes = []
    for rule in rules:
        if rule.condition.holds(result) and result.get(rule.key) != rule.value:
            notes.append(rule.note)
            result[rule.key] = rule.value
    return result, notes


def paths_to_remove(manifest: Iterable[Keep], answers: Answers) -> list[str]:
    return [keep.path.format(**answers) for keep in manifest if not keep.condition.holds(answers)]
