"""Smoke tier: generated projects installed, tested, linted and served over real HTTP."""

import pytest

from tests import matrix
from tests.smoke import frameworks
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
def test_generated_project_installs_passes_and_serves(framework, combination, tmp_path):
    name = f"Smoke {framework.title()} Site"
    baked = bake(framework, tmp_path / "out", project_name=name, **combination)
    project = Project(baked, combination["python_version"])
    project.install()
    project.uv_run("pytest")
    project.pre_commit()

    env = frameworks.production_env(framework, project, tmp_path)
    frameworks.prepare(framework, project, env)
    command = frameworks.serve_command(framework, project)
    log = tmp_path / "server.log"
    with serving(command, project.path, env | frameworks.serve_env(framework), log) as base:
        health = get(f"{base}/health")
        assert health.status == 200, health.body
        assert health.headers["Content-Type"].startswith("application/json")
        assert health.json() == {"status": "ok", "database": "ok"}

        home = get(f"{base}/")
        assert home.status == 200, home.body
        assert home.headers["Content-Type"].startswith("text/html")
        assert name in home.body
