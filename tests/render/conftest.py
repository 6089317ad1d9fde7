import hashlib
import json
import shutil

import pytest
from filelock import FileLock

from tests import matrix
from tests.template import FRAMEWORKS, bake


@pytest.fixture(scope="session")
def bake_once(tmp_path_factory, worker_id):
    """Bake each distinct combination once per run; the checks only read the result.

    xdist's workers share the bakes: whichever needs a combination first bakes it, under a file
    lock, into the run's common temporary folder; the others wait for it and reuse it.
    """
    root = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        root = root.parent
    root = root / "bakes"
    root.mkdir(exist_ok=True)

    def bake_cached(framework, combination):
        key = json.dumps([framework, sorted(combination.items())], default=str)
        folder = root / hashlib.sha256(key.encode()).hexdigest()[:16]
        with FileLock(f"{folder}.lock"):
            done = folder / "baked"
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)
                project = bake(framework, folder, **combination)
                done.write_text(project.name)
            return folder / done.read_text()

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
