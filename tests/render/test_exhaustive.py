"""Opt-in (``-m exhaustive``): every valid combination of the questions that rules connect.

The full cartesian product is millions of combinations (see the run summary), far too many to bake;
questions no rule mentions combine freely and are proven pairwise by the render tier. This run
bakes every valid combination of the rule-connected questions (the others at their defaults) and
applies the render tier's checks to each.
"""

import pytest

from tests import matrix
from tests.render import checks
from tests.template import FRAMEWORKS, bake

pytestmark = pytest.mark.exhaustive


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_every_valid_combination_of_connected_questions_renders_clean(framework, tmp_path):
    baked = 0
    for index, row in enumerate(matrix.connected_combinations(framework)):
        project = bake(framework, tmp_path / str(index), **row)
        problems = checks.leftovers(project) + checks.whitespace_litter(project)
        assert problems == [], (row, problems)
        assert checks.ruff_problems(project) == "", row
        baked += 1
    assert baked > 0
