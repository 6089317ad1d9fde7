"""Render tier: every declared conflict is refused, every ignored answer changes nothing."""

import filecmp

import pytest

from hooks.options import for_framework
from tests import matrix
from tests.template import FRAMEWORKS, bake


def _triggering(framework, condition):
    """The defaults, with the condition's first value for each of its keys."""
    return matrix.defaults(framework) | {k: v[0] for k, v in condition.values.items()}


CONFLICT_CASES = [
    pytest.param(framework, rule, id=f"{framework}-{rule.message[:40]}")
    for framework in FRAMEWORKS
    for rule in for_framework(framework).CONFLICTS
]
IGNORED_CASES = [
    pytest.param(framework, rule, id=f"{framework}-{rule.key}-{index}")
    for framework in FRAMEWORKS
    for index, rule in enumerate(for_framework(framework).IGNORED)
]


@pytest.mark.parametrize(("framework", "rule"), CONFLICT_CASES)
def test_conflict_is_refused_with_its_message(framework, rule, tmp_path, capfd):
    with pytest.raises(SystemExit) as refusal:
        bake(framework, tmp_path, **_triggering(framework, rule.condition))
    assert refusal.value.code == 1
    assert f"error: {rule.message}" in capfd.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("framework", "rule"), IGNORED_CASES)
def test_ignored_answer_is_noted_and_changes_no_file(framework, rule, tmp_path, capfd):
    answers = _triggering(framework, rule.condition)
    if not matrix.is_valid(framework, answers):
        # The defaults conflict with the condition (orm none with accounts): a valid completion.
        answers = matrix.complete(framework, {k: v[0] for k, v in rule.condition.values.items()})
    reset = bake(framework, tmp_path / "reset", **answers | {rule.key: rule.value})
    other = next(v for v in matrix.choices(framework)[rule.key] if v != rule.value)
    ignored = bake(framework, tmp_path / "ignored", **answers | {rule.key: other})
    assert f"note: {rule.note}" in capfd.readouterr().out
    # The secret .env and the first commit (its hashes carry the time) differ on every bake.
    comparison = filecmp.dircmp(reset, ignored, ignore=[".env", ".git"])
    assert _differences(comparison) == []


def _differences(comparison):
    found = comparison.left_only + comparison.right_only + comparison.diff_files
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found


MANIFEST_CASES = [
    pytest.param(framework, keep, id=f"{framework}-{keep.path}")
    for framework in FRAMEWORKS
    for keep in for_framework(framework).MANIFEST
]


@pytest.mark.parametrize(("framework", "keep"), MANIFEST_CASES)
def test_manifest_path_exists_exactly_when_it_applies(framework, keep, bake_once):
    """A mistyped manifest path would prune nothing; a wrong condition would prune too much."""
    alternatives = getattr(keep.condition, "alternatives", (keep.condition,))
    for condition in alternatives:
        kept = matrix.complete(framework, {k: v[0] for k, v in condition.values.items()})
        assert kept is not None, f"no valid combination keeps {keep.path}"
        project = bake_once(framework, kept)
        assert (project / keep.path.format(project_slug=project.name)).exists()
    pruned = next(
        (row for row in matrix.covering_array(framework) if not keep.condition.holds(row)),
        None,
    )
    if pruned is not None:
        project = bake_once(framework, pruned)
        assert not (project / keep.path.format(project_slug=project.name)).exists()
