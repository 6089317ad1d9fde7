"""Post-generation: swap in the chosen folders, drop the paths the answers exclude, write LICENSE
and the secret .env, make the first git commit, and tell the user what to do next.
"""

import datetime
import os
import shlex
import shutil
import subprocess
from pathlib import Path

from hooks import rules
from hooks.options import for_framework
from hooks.secret_env import write_env

LICENSES = Path(__file__).resolve().parents[1] / "licenses"


def prune(project: Path, paths: list[str]) -> None:
    for relative in paths:
        target = project / relative
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def write_license(project: Path, license_id: str, author: str) -> None:
    text = (LICENSES / f"{license_id}.txt").read_text()
    year = str(datetime.date.today().year)
    (project / "LICENSE").write_text(text.replace("[year]", year).replace("[fullname]", author))


# Variables that point git at another repository (a git hook that runs the generator sets
# them): the project's repository is its own.
GIT_LOCATION_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
)


def _git(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in GIT_LOCATION_VARIABLES}
    return subprocess.run(
        ["git", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _identity(project: Path, answers: dict) -> list[str]:
    """``-c`` options naming the author from the answers, for what git has no identity of."""
    options = []
    for key, answer in (("user.name", "author_name"), ("user.email", "email")):
        if _git(project, "config", "--get", key).returncode != 0:
            options += ["-c", f"{key}={answers[answer]}"]
    return options


def init_git(project: Path, answers: dict) -> str:
    """Make the project a git repository with a first commit, so ``pre-commit install`` works.

    Never fails the bake: whatever git cannot do is reported in the returned line instead.
    """
    if shutil.which("git") is None:
        return "git is not installed: install it, then run git init before pre-commit install"
    inside = _git(project, "rev-parse", "--is-inside-work-tree")
    if inside.returncode == 0 and inside.stdout.strip() == "true":
        return "already inside a git work tree: no repository made, nothing committed"
    message = f"Initial commit: {answers['project_name']}, from cookiecutter-django-flask"
    steps = [
        ("init", ["init", "--quiet"]),
        ("add", ["add", "--all"]),
        ("commit", [*_identity(project, answers), "commit", "-q", "--no-verify", "-m", message]),
    ]
    for name, arguments in steps:
        try:
            result = _git(project, *arguments)
        except (OSError, subprocess.SubprocessError) as error:
            result = subprocess.CompletedProcess(arguments, 1, "", str(error))
        if result.returncode != 0:
            reason = (result.stderr or result.stdout).strip().splitlines()
            detail = f" ({reason[-1]})" if reason else ""
            return f"git {name} failed{detail}: run git init, git add and git commit yourself"
    return "a new git repository with a first commit"


def summary(framework: str, answers: dict, applied: dict, project: Path, git_note: str) -> str:
    """What was made and what to do next: where it is, how to run it and test it, which servers."""
    services = for_framework(framework).services(applied)
    lines = [
        f"Created {project} ({framework.capitalize()}).",
        f"  git:      {git_note}",
        f"  run it:   cd {shlex.quote(str(project))} && {answers['__run_command']}",
        f"  test it:  {answers['__test_command']}",
        "  services: " + ("; ".join(services) if services else "none"),
        "  README.md there says the rest.",
    ]
    return "\n".join(lines)


# cruft renders the template again, into temporary folders, to compute an update: those copies
# need no git repository and the user no summary of them.
REGENERATING = ("cruft update", "cruft diff")
CRUFT_CREATE_NOTE = (
    "  cruft:    commit the .cruft.json it writes next "
    "(git add .cruft.json && git commit -m 'Link to the template')"
)


def main(framework: str, answers: dict, project: Path | None = None, command: str = "") -> int:
    project = project or Path.cwd()
    options = for_framework(framework)
    # Prune by the answers as they apply: an ignored answer must not keep (or drop) a file.
    applied = rules.normalise(options.IGNORED, answers)[0]
    prune(project, rules.paths_to_remove(options.MANIFEST, applied))
    write_license(project, answers["license"], answers["author_name"])
    write_env(project)
    if command in REGENERATING:
        return 0
    git_note = init_git(project, answers)
    print(summary(framework, answers, applied, project, git_note))
    if command == "cruft create":
        print(CRUFT_CREATE_NOTE)
    return 0
