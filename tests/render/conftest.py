import pytest

from tests.template import bake


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
