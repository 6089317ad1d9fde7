"""The matrix's counting agrees with brute force, and its completion respects every rule."""

import itertools

import pytest

from tests import matrix
from tests.template import FRAMEWORKS


def _brute_force_connected(framework):
    space = matrix.choices(framework)
    keys = matrix.rule_keys(framework)
    seen = set()
    for values in itertools.product(*(space[key] for key in keys)):
        row = matrix.defaults(framework) | dict(zip(keys, values, strict=True))
        row = matrix.effective(framework, row)
        if matrix.is_valid(framework, row):
            seen.add(tuple(sorted(row.items(), key=repr)))
    return seen


def test_connected_combinations_match_brute_force_for_django():
    walked = {
        tuple(sorted(row.items(), key=repr)) for row in matrix.connected_combinations("django")
    }
    assert walked == _brute_force_connected("django")


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_completed_pairs_keep_their_values_and_are_valid(framework):
    for (key_a, value_a), (key_b, value_b) in sorted(matrix.valid_pairs(framework), key=repr)[:200]:
        row = matrix.complete(framework, {key_a: value_a, key_b: value_b})
        assert row[key_a] == value_a and row[key_b] == value_b
        assert matrix.is_valid(framework, row)
        assert matrix.effective(framework, row) == row
