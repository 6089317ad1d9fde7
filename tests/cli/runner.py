"""Run the cookiecutter command line as a user would, isolated from the user's own config."""

import subprocess
import sys
from pathlib import Path

COOKIECUTTER = str(Path(sys.executable).parent / "cookiecutter")


def user_config(tmp_path: Path) -> Path:
    """A cookiecutter config whose clone and replay folders live in the test's tmp."""
    config = tmp_path / "cookiecutter-config.yaml"
    config.write_text(
        f"cookiecutters_dir: {tmp_path / 'cookiecutters'}\nreplay_dir: {tmp_path / 'replay'}\n"
    )
    return config


def run_cookiecutter(*args: str, cwd: Path, config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [COOKIECUTTER, "--config-file", str(config), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
