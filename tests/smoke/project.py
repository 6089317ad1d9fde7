"""A generated project under test: installed with uv, its commands run, its output kept."""

import glob
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


class ProjectCommandFailed(AssertionError):
    """A command of the generated project failed; the message carries its whole output."""


def interpreter(version: str) -> str:
    """An explicit interpreter path for ``version`` (uv cannot use pyenv's shims here).

    ``PYTHON_<major>_<minor>`` overrides; otherwise pyenv's newest matching build is used.
    """
    override = os.environ.get(f"PYTHON_{version.replace('.', '_')}")
    if override:
        return override
    root = subprocess.run(
        ["pyenv", "root"], capture_output=True, text=True, check=False
    ).stdout.strip() or os.path.expanduser("~/.pyenv")
    candidates = sorted(
        glob.glob(f"{root}/versions/{version}.*/bin/python{version}"),
        key=lambda p: [int(part) for part in Path(p).parts[-3].split(".")],
    )
    if not candidates:
        raise ProjectCommandFailed(
            f"no Python {version} found; set PYTHON_{version.replace('.', '_')}"
        )
    return candidates[-1]


def clean_environment() -> dict[str, str]:
    """The test runner's environment minus anything that would leak into the project."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH", "DJANGO_SETTINGS_MODULE", "FLASK_APP"}
        and not key.startswith(("PYTEST_", "COV_"))
    }
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env["UV_NO_PROGRESS"] = "1"
    return env


@dataclass
class Project:
    path: Path
    python_version: str
    transcript: list[str] = field(default_factory=list)

    def run(
        self, *command: str, env: dict[str, str] | None = None, timeout: float = 600
    ) -> subprocess.CompletedProcess:
        """Run a command in the project; fail with its output (and what came before) if it fails."""
        result = subprocess.run(
            command,
            cwd=self.path,
            env=clean_environment() | (env or {}),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        self.transcript.append(f"$ {' '.join(command)}  (exit {result.returncode})")
        if result.returncode != 0:
            raise ProjectCommandFailed(
                f"in {self.path}: {' '.join(command)} exited {result.returncode}\n"
                f"--- stdout ---\n{result.stdout[-12000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
                f"\n--- earlier commands ---\n" + "\n".join(self.transcript)
            )
        return result

    def install(self) -> None:
        self.run("uv", "sync", "--python", interpreter(self.python_version))

    def uv_run(
        self, *command: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess:
        return self.run("uv", "run", "--no-sync", *command, env=env)

    def executable(self, name: str) -> str:
        return str(self.path / ".venv" / "bin" / name)
