"""The measurements: bake time against a floor, time to green, fast-tier time, requests/second.

Every number is taken on the machine the benchmark runs on, in one run, and reported next to a
reference measured in the same run (this machine is noisy: ratios mean more than seconds).
"""

import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from cookiecutter.main import cookiecutter

from tests import matrix
from tests.smoke.adapters import adapter
from tests.smoke.project import Project, clean_environment
from tests.smoke.server import serving
from tests.template import ROOT, bake

FLOOR_FILES = 20


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def floor_template(folder: Path) -> Path:
    """A cookiecutter template of 20 small files, a few variables each: the tool's own cost."""
    template = folder / "floor"
    project = template / "{{cookiecutter.project_slug}}"
    project.mkdir(parents=True)
    (template / "cookiecutter.json").write_text(
        '{"project_name": "Floor", "project_slug": "{{ cookiecutter.project_name | lower }}",'
        ' "license": ["MIT", "BSD"]}'
    )
    for index in range(FLOOR_FILES):
        (project / f"module_{index}.py").write_text(
            f'"""{{{{ cookiecutter.project_name }}}}: module {index}."""\n\n'
            "{% if cookiecutter.license == 'MIT' %}LICENSE = 'MIT'{% endif %}\n"
            "NAME = '{{ cookiecutter.project_slug }}'\n"
        )
    return template


def bake_times(repeat: int) -> dict[str, float]:
    """Median seconds to bake each framework's defaults (render plus hooks) and the floor."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        floor = floor_template(folder)
        counter = iter(range(10_000))

        def fresh() -> Path:
            return folder / f"out-{next(counter)}"

        result = {
            "floor": median_seconds(
                lambda: cookiecutter(str(floor), no_input=True, output_dir=str(fresh())), repeat
            )
        }
        for framework in ("django", "flask"):
            result[framework] = median_seconds(lambda fw=framework: bake(fw, fresh()), repeat)
    return result


def time_to_green(framework: str, folder: Path) -> dict[str, float]:
    """Bake, install (uv, cache warmed by an untimed install first) and the project's own tests,
    for the default answers."""
    combination = matrix.defaults(framework)
    warm = Project(bake(framework, folder / "warm", **combination), combination["python_version"])
    warm.install()
    start = time.perf_counter()
    project = Project(
        bake(framework, folder / "timed", **combination), combination["python_version"]
    )
    baked = time.perf_counter()
    project.install()
    installed = time.perf_counter()
    command, env = adapter(framework).test_command(project, combination, {})
    project.uv_run(*command, env=env)
    tested = time.perf_counter()
    return {
        "bake": baked - start,
        "install": installed - baked,
        "tests": tested - installed,
        "total": tested - start,
    }


def fast_tier_seconds() -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-m",
            "not smoke",
            "-n",
            "auto",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


HELLO = {
    "flask": (
        "from flask import Flask\n\n"
        "app = Flask(__name__)\n\n\n"
        "@app.get('/')\n"
        "def hello():\n"
        "    return 'Hello, world'\n"
    ),
    "django": (
        "from django.conf import settings\n"
        "from django.core.wsgi import get_wsgi_application\n"
        "from django.http import HttpResponse\n"
        "from django.urls import path\n\n"
        "settings.configure(DEBUG=False, ALLOWED_HOSTS=['*'], ROOT_URLCONF=__name__,"
        " SECRET_KEY='benchmark-only-' * 4)\n"
        "urlpatterns = [path('', lambda request: HttpResponse('Hello, world'))]\n"
        "app = get_wsgi_application()\n"
    ),
}


def requests_per_second(url: str, seconds: int) -> float:
    """ApacheBench (keep-alive, 8 concurrent clients) for ``seconds``; only 2xx count."""
    output = subprocess.run(
        [
            "ab",
            "-q",
            "-k",
            "-c",
            "8",
            "-t",
            str(seconds),
            "-n",
            "1000000",
            "-H",
            "X-Forwarded-Proto: https",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests per second:\s+([0-9.]+)", output).group(1))
    failed = re.search(r"Non-2xx responses:\s+([0-9]+)", output)
    complete = int(re.search(r"Complete requests:\s+([0-9]+)", output).group(1))
    if failed:
        rate *= 1 - int(failed.group(1)) / max(complete, 1)
    return rate


@contextlib.contextmanager
def served_defaults(framework: str, folder: Path) -> Iterator[str]:
    """The default project in production configuration, under gunicorn with 2 sync workers."""
    driver = adapter(framework)
    combination = matrix.defaults(framework)
    project = Project(
        bake(framework, folder / "served", **combination), combination["python_version"]
    )
    project.install()
    env = driver.environment(project, combination, folder, {})
    driver.prepare(project, env)
    command = driver.serve_command(project, combination)
    serve_env = env | driver.serve_env(combination)
    with serving(command, project.path, serve_env, folder / "server.log") as base:
        yield base


def hello_command(project_folder: Path, framework: str, folder: Path) -> list[str]:
    (folder / "hello_app.py").write_text(HELLO[framework])
    return [
        str(project_folder / ".venv" / "bin" / "gunicorn"),
        "--chdir",
        str(folder),
        "hello_app:app",
        "--bind",
        "127.0.0.1:{port}",
        "--workers",
        "2",
    ]


def throughput(seconds: int) -> dict[str, dict[str, float]]:
    """Requests per second of each default project's pages, and of a bare hello-world app of
    the same framework under the same server (gunicorn, 2 sync workers)."""
    if shutil.which("ab") is None:
        raise RuntimeError("ApacheBench (ab) is missing: apt-get install apache2-utils")
    result = {}
    for framework in ("django", "flask"):
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            rates = {}
            with served_defaults(framework, folder) as base:
                for page in ("/health", "/", "/posts/"):
                    rates[page] = requests_per_second(base + page, seconds)
            project_folder = next((folder / "served").iterdir())
            env = clean_environment() | {"PYTHONPATH": str(folder)}
            with serving(
                hello_command(project_folder, framework, folder), folder, env, folder / "hello.log"
            ) as base:
                rates["hello"] = requests_per_second(base + "/", seconds)
            result[framework] = rates
    return result


def machine() -> str:
    """What the numbers were measured on, with the load when the run started (a busy machine
    shifts seconds more than ratios)."""
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} cores, load {load:.1f}, Python {sys.version.split()[0]}"
