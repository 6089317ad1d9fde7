"""Fixtures shared by every tier: temp-dir hygiene and the real services."""

import contextlib
import os
import tempfile

import pytest

from tests import services
from tests.summary import Accounting

ACCOUNTING = Accounting()

# In CI a missing service is a failure, never a skip (.ci/run sets this).
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


@pytest.fixture(autouse=True, scope="session")
def _contain_hook_temp_files(tmp_path_factory):
    """Cookiecutter renders hooks to temp files it never deletes: keep them in pytest's tmp."""
    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("hook-scripts"))
    yield
    tempfile.tempdir = previous


def _start(server):
    stack = contextlib.ExitStack()
    try:
        return stack, stack.enter_context(server())
    except services.ServiceUnavailable as error:
        if REQUIRE_SERVICES:
            pytest.fail(f"required service missing: {error}")
        pytest.skip(f"service not installed: {error}")


def _service_fixture(server):
    @pytest.fixture(scope="session")
    def fixture():
        stack, running = _start(server)
        with stack:
            yield running

    return fixture


# One server of each kind per test process (each pytest-xdist worker has its own).
postgres_server = _service_fixture(services.postgres)
mariadb_server = _service_fixture(services.mariadb)
redis_server = _service_fixture(services.redis)
memcached_server = _service_fixture(services.memcached)


@pytest.fixture
def postgres_url(postgres_server):
    with postgres_server.database() as url:
        yield url


@pytest.fixture
def mariadb_url(mariadb_server):
    with mariadb_server.database() as url:
        yield url


@pytest.fixture
def redis_url(redis_server):
    with redis_server.database() as url:
        yield url


@pytest.fixture
def memcached_location(memcached_server):
    with memcached_server.database() as location:
        yield location


def pytest_runtest_logreport(report):
    ACCOUNTING.record(report)


def pytest_terminal_summary(terminalreporter):
    lines = ACCOUNTING.lines()
    if lines:
        terminalreporter.section("combinations proven")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_collection_modifyitems(config, items):
    """Exhaustive tests are opt-in: they run only when ``-m`` names them."""
    if "exhaustive" in (config.option.markexpr or ""):
        return
    kept = [item for item in items if item.get_closest_marker("exhaustive") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
