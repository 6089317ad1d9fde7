"""Option combinations derived from each template's choices and the rules in ``hooks/``.

Nothing here lists combinations by hand: the choice questions come from the template's
cookiecutter.json, validity from ``hooks.options.<framework>.CONFLICTS``, and answers that a rule
ignores are collapsed to the value the rule resets them to.
"""

import functools
import itertools
import random
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


# Nodes a completion may visit. A completable pair is found within a few dozen (defaults first);
# an impossible one, where a chain of ignore rules erases it only once every answer is known,
# would otherwise be refuted by walking the whole space.
SEARCH_BUDGET = 5000


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

    budget = [SEARCH_BUDGET]

    def search(row: Combination, index: int) -> Combination | None:
        budget[0] -= 1
        if budget[0] < 0 or dead(row):
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
    return effective(framework, {key: found[key] for key in space}) if found else None


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


# Candidate rows tried per step of the covering array; the one covering most new pairs is kept.
CANDIDATES = 30


def _grow(framework: str, seed: tuple, uncovered: set, rng: random.Random) -> Combination | None:
    """A valid row around the ``seed`` pair, each other question (in random order) taking the
    value that covers the most uncovered pairs with the answers already chosen."""
    space = choices(framework)
    position = {key: index for index, key in enumerate(space)}
    row = dict(seed)
    order = [key for key in space if key not in row]
    rng.shuffle(order)
    for key in order:
        options = [value for value in space[key] if is_valid(framework, row | {key: value})]
        if not options:
            return None

        def gain(value, key=key):
            new = {
                tuple(sorted(((other, row[other]), (key, value)), key=lambda p: position[p[0]]))
                for other in row
            }
            return len(new & uncovered)

        row[key] = max(options, key=gain)
    row = effective(framework, {key: row[key] for key in space})
    return row if seed in pairs_of(row) else None


@functools.cache
def _covering_rows(framework: str) -> tuple[Combination, ...]:
    """Valid combinations, defaults first, that together contain every valid pair of values.

    Greedy in the manner of AETG: each step grows candidate rows around uncovered pairs and keeps
    the one that covers the most. Seeded, so the rows (and the test ids naming them) are stable.
    """
    rng = random.Random(f"covering-array-{framework}")
    rows = [effective(framework, defaults(framework))]
    uncovered = set(valid_pairs(framework)) - pairs_of(rows[0])
    while uncovered:
        ordered = sorted(uncovered, key=repr)
        seeds = [ordered[0], *rng.sample(ordered, min(CANDIDATES, len(ordered)) - 1)]
        grown = [row for seed in seeds if (row := _grow(framework, seed, uncovered, rng))]
        best = max(grown, key=lambda row: len(pairs_of(row) & uncovered), default=None)
        if best is None:
            best = complete(framework, dict(ordered[0]))
        gained = pairs_of(best) & uncovered
        if not gained:
            raise AssertionError(f"pair {ordered[0]} cannot be covered")
        uncovered -= gained
        rows.append(best)
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


def _canonical(framework: str, row: Combination) -> bool:
    """No ignore rule that applies to the assigned answers would change one of them."""
    return not any(
        rule.key in row
        and row[rule.key] != rule.value
        and set(rule.condition.values) <= row.keys()
        and rule.condition.holds(row)
        for rule in for_framework(framework).IGNORED
    )


def connected_combinations(framework: str) -> Iterator[Combination]:
    """Every distinct valid combination of the rule-connected questions, the rest at defaults.

    Each distinct combination is its own canonical form (no ignore rule changes it), so a
    depth-first walk that cuts conflicting or non-canonical branches yields each exactly once.
    """
    space = choices(framework)
    keys = rule_keys(framework)

    def walk(row: Combination, index: int) -> Iterator[Combination]:
        if not is_valid(framework, row) or not _canonical(framework, row):
            return
        if index == len(keys):
            yield defaults(framework) | row
            return
        for value in space[keys[index]]:
            yield from walk(row | {keys[index]: value}, index + 1)

    yield from walk({}, 0)


@functools.cache
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
