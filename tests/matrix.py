"""Option combinations derived from each template's choices and the rules in ``hooks/``.

Nothing here lists combinations by hand: the choice questions come from the template's
cookiecutter.json, validity from ``hooks.options.<framework>.CONFLICTS``, and answers that a rule
ignores are collapsed to the value the rule resets them to.
"""

import functools
import itertools
from collections.abc import Iterator
from typing import Any

from hooks import rules
from hooks.options import for_framework
from tests.template import questions

Combination = dict[str, Any]


def choices(framework: str) -> dict[str, list[Any]]:
    """Every multiple-choice question (lists and yes/no booleans) with its possible values."""
    result = {}
    for key, value in questions(framework).items():
        if isinstance(value, list):
            result[key] = list(value)
        elif isinstance(value, bool):
            result[key] = [value, not value]
    return result


def defaults(framework: str) -> Combination:
    return {key: values[0] for key, values in choices(framework).items()}


def is_valid(framework: str, combination: Combination) -> bool:
    """No conflict fires; with a partial combination, only rules on assigned keys are checked."""
    options = for_framework(framework)
    return not any(
        set(rule.condition.values) <= combination.keys() and rule.condition.holds(combination)
        for rule in options.CONFLICTS
    )


def effective(framework: str, combination: Combination) -> Combination:
    """The combination with ignored answers reset, as the generated project sees it."""
    return rules.normalise(for_framework(framework).IGNORED, combination)[0]


def complete(framework: str, fixed: Combination) -> Combination | None:
    """A full valid combination containing ``fixed`` that no ignore rule alters there, or None.

    Depth-first over the questions, defaults first. A branch is cut as soon as a conflict fires
    among the answers assigned so far, or an ignore rule that would reset a fixed answer applies.
    """
    space = choices(framework)
    order = [key for key in space if key not in fixed]
    erasers = [
        rule.condition
        for rule in for_framework(framework).IGNORED
        if rule.key in fixed and rule.value != fixed[rule.key]
    ]

    def dead(row: Combination) -> bool:
        return not is_valid(framework, row) or any(
            set(condition.values) <= row.keys() and condition.holds(row) for condition in erasers
        )

    def search(row: Combination, index: int) -> Combination | None:
        if dead(row):
            return None
        if index == len(order):
            kept = effective(framework, row)
            return row if all(kept[k] == v for k, v in fixed.items()) else None
        key = order[index]
        for value in space[key]:
            found = search(row | {key: value}, index + 1)
            if found:
                return found
        return None

    found = search(dict(fixed), 0)
    return {key: found[key] for key in space} if found else None


def pair_is_valid(framework: str, a: tuple[str, Any], b: tuple[str, Any]) -> bool:
    """Valid when some generated project can show both values together."""
    return complete(framework, dict([a, b])) is not None


@functools.cache
def valid_pairs(framework: str) -> frozenset[tuple[tuple[str, Any], tuple[str, Any]]]:
    space = choices(framework)
    pairs = set()
    for key_a, key_b in itertools.combinations(space, 2):
        for value_a in space[key_a]:
            for value_b in space[key_b]:
                pair = ((key_a, value_a), (key_b, value_b))
                if pair_is_valid(framework, *pair):
                    pairs.add(pair)
    return frozenset(pairs)


def pairs_of(combination: Combination) -> set[tuple[tuple[str, Any], tuple[str, Any]]]:
    keys = list(combination)
    return {((a, combination[a]), (b, combination[b])) for a, b in itertools.combinations(keys, 2)}


@functools.cache
def _covering_rows(framework: str) -> tuple[Combination, ...]:
    """Valid combinations, defaults first, that together contain every valid pair of values.

    Greedy (AETG-style): each new row starts from an uncovered pair and fills the remaining
    questions with the value that covers the most uncovered pairs while staying valid.
    """
    space = choices(framework)
    order = list(space)
    rows = [effective(framework, defaults(framework))]
    uncovered = valid_pairs(framework) - pairs_of(rows[0])
    while uncovered:
        (key_a, value_a), (key_b, value_b) = min(uncovered, key=repr)
        row = {key_a: value_a, key_b: value_b}
        for key in order:
            if key in row:
                continue
            candidates = [v for v in space[key] if is_valid(framework, row | {key: v})]
            row[key] = max(
                candidates,
                key=lambda v, key=key: len(pairs_of(row | {key: v}) & uncovered),
            )
        row = effective(framework, {key: row[key] for key in order})
        if not pairs_of(row) & uncovered:
            # The greedy fill lost the seed pair to an ignore rule: complete it exactly.
            row = complete(framework, {key_a: value_a, key_b: value_b})
        gained = pairs_of(row) & uncovered
        if not gained:
            raise AssertionError(f"pair {key_a}={value_a}, {key_b}={value_b} cannot be covered")
        uncovered -= gained
        rows.append(row)
    return tuple(rows)


def covering_array(framework: str) -> list[Combination]:
    """The covering array, computed once per process; callers get their own copies."""
    return [dict(row) for row in _covering_rows(framework)]


def rule_keys(framework: str) -> list[str]:
    """Questions some rule reads or resets; the others combine freely."""
    options = for_framework(framework)
    keys = set()
    for rule in [*options.CONFLICTS, *options.IGNORED]:
        keys |= set(rule.condition.values)
    keys |= {rule.key for rule in options.IGNORED}
    return [key for key in choices(framework) if key in keys]


def connected_combinations(framework: str) -> Iterator[Combination]:
    """Every distinct valid combination of the rule-connected questions, the rest at defaults."""
    space = choices(framework)
    keys = rule_keys(framework)
    seen = set()
    for values in itertools.product(*(space[key] for key in keys)):
        row = effective(framework, defaults(framework) | dict(zip(keys, values, strict=True)))
        key = tuple(sorted(row.items(), key=repr))
        if key not in seen and is_valid(framework, row):
            seen.add(key)
            yield row


def count_valid(framework: str) -> int:
    """How many distinct valid combinations exist: questions no rule mentions combine freely."""
    free = 1
    for key, values in choices(framework).items():
        if key not in rule_keys(framework):
            free *= len(values)
    return sum(1 for _ in connected_combinations(framework)) * free


def all_values(framework: str) -> set[tuple[str, Any]]:
    return {(key, value) for key, values in choices(framework).items() for value in values}


if __name__ == "__main__":
    import sys

    for framework in sys.argv[1:] or ["django", "flask"]:
        for index, row in enumerate(covering_array(framework)):
            print(f"{framework}-{index}: {row}")
