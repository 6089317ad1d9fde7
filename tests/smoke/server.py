"""Serve a generated project with a real server on 127.0.0.1 and talk HTTP to it."""

import contextlib
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from tests.services import free_port
from tests.smoke.project import ProjectCommandFailed, clean_environment

START_TIMEOUT = 60.0


def answers(url: str, timeout: float = 2) -> bool:
    """Whether anything answers HTTP at ``url`` (an error status counts as an answer)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True


@contextlib.contextmanager
def serving(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> Iterator[str]:
    """Start ``command`` (with ``{port}`` filled in) and yield its base URL once it answers.

    The server runs in its own process group so that it and its workers are stopped together.
    """
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [part.format(port=port) for part in command],
            cwd=cwd,
            env=clean_environment() | env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, process, log)
        yield base
    finally:
        _stop(process)


def _wait_for(base: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ProjectCommandFailed(
                f"server exited with {process.returncode}:\n{log.read_text()}"
            )
        try:
            if answers(f"{base}/health"):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise ProjectCommandFailed(
        f"server did not answer within {START_TIMEOUT} s:\n{log.read_text()}"
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
