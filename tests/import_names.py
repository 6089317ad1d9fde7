"""Write ``hooks/import_names.json``: every top-level module a generated project can import.

A project slug equal to one of them would shadow it, so the generator refuses such slugs. The
names are not kept by hand: this command bakes every row of each framework's covering array
(every option value appears in some row), installs it with uv and asks the installed venv which
top-level names its distributions provide. The smoke tier checks every project it installs
against the file, so a new dependency that brings a new name fails there until this is re-run::

    uv run python -m tests.import_names
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from hooks.validation import IMPORT_NAMES_FILE
from tests import matrix
from tests.smoke.project import Project
from tests.template import FRAMEWORKS, bake

# Run inside a project's venv: the importable top-level names its distributions provide.
LIST_NAMES = (
    "import importlib.metadata, json;"
    "print(json.dumps(sorted(importlib.metadata.packages_distributions())))"
)


def installed_names(project: Project) -> set[str]:
    """Top-level import names in the project's installed venv (public ones: no leading ``_``;
    identifiers only, as a slug is one)."""
    output = project.run(str(project.path / ".venv" / "bin" / "python"), "-c", LIST_NAMES).stdout
    return {name for name in json.loads(output) if name.isidentifier() and name[0] != "_"}


def framework_names(framework: str, workdir: Path) -> set[str]:
    names: set[str] = set()
    for index, combination in enumerate(matrix.covering_array(framework)):
        project = Project(
            bake(framework, workdir / f"{framework}-{index}", **combination),
            combination["python_version"],
        )
        project.install()
        names |= installed_names(project)
        print(f"{framework}-{index}: {len(names)} names so far", file=sys.stderr)
    return names


def main() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        names = {fw: sorted(framework_names(fw, Path(workdir))) for fw in FRAMEWORKS}
    IMPORT_NAMES_FILE.write_text(json.dumps(names, indent=1) + "\n")
    subprocess.run(["git", "diff", "--stat", str(IMPORT_NAMES_FILE)], check=False)


if __name__ == "__main__":
    main()
