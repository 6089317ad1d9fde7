"""Smoke tier: production refuses to start with a weak SECRET_KEY, the same rule in both frameworks.

The rule (issue 13): missing or empty, shorter than 32 characters, or a known placeholder
(``change-me``, ``changeme``, ``secret``, ``dev``, ``development``, ``test``, in any case) is
refused: a non-zero exit whose last line of output names ``SECRET_KEY``. Each adapter's
``weak_secret_command(project)`` loads the production configuration (tests/smoke/adapters).
"""

import secrets
import subprocess

import pytest

from tests.smoke.project import clean_environment

pytestmark = pytest.mark.smoke

WEAK_SECRETS = {
    "empty": "",
    "short": "x",
    "31-characters": "k" * 31,
    "placeholder": "change-me",
    "placeholder-upper-case": "CHANGEME",
    "secret": "Secret",
    "development": "development",
}


def _run(built, secret_key: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        built.driver.weak_secret_command(built.project),
        cwd=built.project.path,
        env=clean_environment() | built.env | {"SECRET_KEY": secret_key},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("secret_key", list(WEAK_SECRETS.values()), ids=list(WEAK_SECRETS))
def test_production_refuses_a_weak_secret_key(built, secret_key):
    result = _run(built, secret_key)
    assert result.returncode != 0, f"started with SECRET_KEY={secret_key!r}:\n{result.stdout}"
    lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
    assert lines and "SECRET_KEY" in lines[-1], (
        f"the last line does not name SECRET_KEY:\n{result.stderr}\n{result.stdout}"
    )


def test_production_accepts_a_random_32_character_secret_key(built):
    result = _run(built, secrets.token_urlsafe(24))
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
