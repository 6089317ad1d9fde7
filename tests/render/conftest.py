import pytest

from tests import matrix
from tests.template import FRAMEWORKS, bake


@pytest.fixture(scope="session")
def bake_once(tmp_path_factory):
    """Bake each distinct combination once per test process; the checks only read the result."""
    projects = {}

    def bake_cached(framework, combination):
        key = (framework, tuple(sorted(combination.items(), key=repr)))
        if key not in projects:
            projects[key] = bake(framework, tmp_path_factory.mktemp("bake"), **combination)
        return projects[key]

    return bake_cached


RENDER_ROWS = [
    pytest.param((framework, combination), id=f"{framework}-{index}")
    for framework in FRAMEWORKS
    for index, combination in enumerate(matrix.covering_array(framework))
]


@pytest.fixture(scope="module", params=RENDER_ROWS)
def baked(request, bake_once):
    """One bake per row of the covering array, shared by the checks of a module."""
    framework, combination = request.param
    return framework, combination, bake_once(framework, combination)
