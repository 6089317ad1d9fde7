"""Static checks of a baked project, shared by the render tests."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

# A cookiecutter variable or tag that escaped rendering (Django/Jinja tags of their own are fine).
LEFTOVER = re.compile(r"\{\{-?\s*cookiecutter|\{%-?[^%]*cookiecutter|cookiecutter\.\w")
TOOLS = Path(sys.executable).parent


def text_files(project: Path) -> list[Path]:
    files = []
    for path in sorted(project.rglob("*")):
        if path.is_file() and ".git" not in path.parts:
            try:
                path.read_text()
            except UnicodeDecodeError:
                continue
            files.append(path)
    return files


def django_test_modules_outside_tests(project: Path) -> list[str]:
    """Test modules a Django project keeps outside tests/: its one suite lives there."""
    return sorted(
        str(path.relative_to(project))
        for pattern in ("tests.py", "test_*.py")
        for path in project.rglob(pattern)
        if path.relative_to(project).parts[0] != "tests" and ".venv" not in path.parts
    )


def leftovers(project: Path) -> list[str]:
    return [
        f"{path.relative_to(project)}:{number}: {line.strip()}"
        for path in text_files(project)
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if LEFTOVER.search(line)
    ]


def whitespace_litter(project: Path) -> list[str]:
    """What the generated project's own end-of-file and whitespace fixers would change."""
    problems = []
    for path in text_files(project):
        if path.name in {"LICENSE", ".env"}:
            continue
        text = path.read_text()
        name = path.relative_to(project)
        if text and not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{name}: must end with exactly one newline")
        if re.search(r"[ \t]+$", text, re.MULTILINE):
            problems.append(f"{name}: trailing whitespace")
        if "\n\n\n\n" in text:
            problems.append(f"{name}: three or more blank lines in a row")
    return problems


def run_tool(*command: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(TOOLS / command[0]), *command[1:]], cwd=cwd, capture_output=True, text=True
    )


def ruff_problems(project: Path) -> str:
    check = run_tool("ruff", "check", "--no-cache", ".", cwd=project)
    fmt = run_tool("ruff", "format", "--no-cache", "--check", "--diff", ".", cwd=project)
    report = ""
    if check.returncode:
        report += check.stdout + check.stderr
    if fmt.returncode:
        report += fmt.stdout + fmt.stderr
    return report


def compile_errors(project: Path) -> list[str]:
    """The modules that do not compile; in memory, since other workers read the same bake."""
    errors = []
    for path in sorted(project.rglob("*.py")):
        try:
            compile(path.read_text(), str(path), "exec")
        except SyntaxError as error:
            errors.append(f"{path.relative_to(project)}: {error}")
    return errors


def parse_config_files(project: Path) -> dict:
    """Parse every TOML and YAML file; return pyproject.toml's content."""
    for path in [*project.rglob("*.yml"), *project.rglob("*.yaml")]:
        yaml.safe_load(path.read_text())
    for path in project.rglob("*.toml"):
        tomllib.loads(path.read_text())
    return tomllib.loads((project / "pyproject.toml").read_text())
