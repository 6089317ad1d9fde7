"""Render tier: every declared conflict is refused, every ignored answer changes nothing."""

import filecmp

import pytest
from cookiecutter.exceptions import FailedHookException

from hooks.options import for_framework
from tests import matrix
from tests.template import FRAMEWORKS, bake, template_dir


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
    with pytest.raises(FailedHookException):
        bake(framework, tmp_path, **_triggering(framework, rule.condition))
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
    comparison = filecmp.dircmp(reset, ignored, ignore=[".env"])
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
    kept = matrix.complete(framework, {k: v[0] for k, v in keep.condition.values.items()})
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


REPLACE_CASES = [
    pytest.param(framework, rule, id=f"{framework}-{rule.source}")
    for framework in FRAMEWORKS
    for rule in for_framework(framework).REPLACE
]


def _file_names(folder):
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize(("framework", "rule"), REPLACE_CASES)
@pytest.mark.parametrize("holds", [True, False])
def test_replacement_leaves_exactly_one_alternative_at_the_target(
    framework, rule, holds, bake_once
):
    """Where the rule holds the target is the source's tree; elsewhere the source is gone."""
    tree = template_dir(framework) / "{{cookiecutter.project_slug}}"
    chosen = rule.source if holds else rule.target
    combination = next(
        (row for row in matrix.covering_array(framework) if rule.condition.holds(row) == holds),
        None,
    )
    assert combination is not None, f"no covering row where {rule.source} applies is {holds}"
    project = bake_once(framework, combination)
    assert not (project / rule.source).exists()
    kept = _file_names(project / rule.target)
    assert kept, f"{rule.target} is empty"
    assert kept <= _file_names(tree / chosen), f"{rule.target} is not {chosen}"
