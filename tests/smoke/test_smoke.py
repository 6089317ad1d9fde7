"""Smoke tier: generated projects installed, tested, linted and served over real HTTP."""

import pytest

from tests import matrix
from tests.smoke.adapters import adapter
from tests.smoke.project import Project
from tests.smoke.server import get, serving
from tests.template import FRAMEWORKS, bake

pytestmark = pytest.mark.smoke

CASES = [
    pytest.param(framework, combination, id=f"{framework}-{index}")
    for framework in FRAMEWORKS
    for index, combination in enumerate(matrix.covering_array(framework))
]


@pytest.mark.parametrize(("framework", "combination"), CASES)
def test_generated_project_installs_passes_and_serves(framework, combination, tmp_path, request):
    driver = adapter(framework)
    name = f"Smoke {framework.title()} Site"
    baked = bake(framework, tmp_path / "out", project_name=name, **combination)
    project = Project(baked, combination["python_version"])
    urls = {fixture: request.getfixturevalue(fixture) for fixture in driver.services(combination)}
    env = driver.environment(project, combination, tmp_path, urls)

    project.install()
    test_command, test_env = driver.test_command(project, combination, urls)
    project.uv_run(*test_command, env=test_env)
    project.pre_commit()
    driver.prepare(project, env)

    command = driver.serve_command(project, combination)
    log = tmp_path / "server.log"
    with serving(command, project.path, env | driver.serve_env(combination), log) as base:
        health = get(f"{base}/health")
        assert health.status == 200, health.body
        assert health.headers["Content-Type"].startswith("application/json")
        assert health.json() == {"status": "ok", "database": "ok"}

        home = get(f"{base}/")
        assert home.status == 200, home.body
        assert home.headers["Content-Type"].startswith("text/html")
        assert name in home.body
