"""Update tier: a project made with cruft takes a later version of the template.

From a git repository holding this working tree (v1), cruft creates a project; the user edits a
file and commits; the template gains a v2 (one changed file, one new file); ``cruft update``
brings v2 in, keeps the edit, writes no conflict files and leaves the per-bake secrets alone.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.template import FRAMEWORKS, ROOT, template_dir

pytestmark = pytest.mark.update

CRUFT = str(Path(sys.executable).parent / "cruft")
# Commits in the throwaway template repository need an author whatever git is configured with.
AUTHOR = ["-c", "user.name=Template Maintainer", "-c", "user.email=maintainer@example.com"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return run("git", *AUTHOR, *args, cwd=cwd)


def project_tree(framework: str) -> str:
    """The name of the template's project folder (cruft and cookiecutter both look it up)."""
    return next(path.name for path in template_dir(framework).iterdir() if "{{" in path.name)


def template_repository(destination: Path) -> Path:
    """A git repository whose first commit holds this working tree, committed or not."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / os.fsdecode(name)
        if source.is_file():
            target = destination / os.fsdecode(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(destination, "init", "-q")
    git(destination, "add", "--all")
    git(destination, "commit", "-q", "-m", "v1")
    return destination


def conflict_files(project: Path) -> list[str]:
    return [
        str(path.relative_to(project))
        for path in project.rglob("*")
        if path.suffix in (".rej", ".orig") and ".git" not in path.relative_to(project).parts
    ]


# cruft's Python API runs the hooks without cruft's command line, so the generator cannot tell
# its temporary renders from a project: they get a .git too, which [tool.cruft] skip keeps out.
UPDATE_COMMANDS = {
    "cli": [CRUFT, "update", "-y"],
    "api": [sys.executable, "-c", "import cruft; cruft.update(skip_apply_ask=True)"],
}


@pytest.mark.parametrize(
    ("framework", "how"), [*((framework, "cli") for framework in FRAMEWORKS), ("flask", "api")]
)
def test_cruft_update_brings_v2_and_keeps_local_edits_and_secrets(framework, how, tmp_path):
    template = template_repository(tmp_path / "template")
    create = run(
        CRUFT,
        "create",
        str(template),
        "--directory",
        f"templates/{framework}",
        "--no-input",
        "--output-dir",
        str(tmp_path / "out"),
        "--extra-context",
        json.dumps({"project_name": "Kept Up"}),
        cwd=tmp_path,
    )
    project = tmp_path / "out" / "kept_up"
    assert f"Created {project} ({framework.capitalize()})." in create.stdout
    assert "git add .cruft.json && git commit" in create.stdout
    # cruft writes .cruft.json after the generator's first commit: README says to commit it.
    git(project, "add", ".cruft.json")
    git(project, "commit", "-q", "-m", "Link the project to its template")
    secrets_v1 = (project / ".env").read_bytes()
    readme = project / "README.md"
    readme.write_text(readme.read_text() + "\nOur own notes.\n")
    git(project, "commit", "-q", "-am", "Our own notes")

    tree = template / "templates" / framework / project_tree(framework)
    gitignore = tree / ".gitignore"
    gitignore.write_text(gitignore.read_text() + "# Added in v2\n*.v2-cache\n")
    (tree / "CHANGES.md").write_text("# Changes\n\n- v2: a changelog\n")
    git(template, "add", "--all")
    git(template, "commit", "-q", "-m", "v2")

    update = run(*UPDATE_COMMANDS[how], cwd=project)

    assert "Good work! Project's cruft has been updated" in update.stdout, update.stdout
    if how == "cli":
        # Its renders in temporary folders are not the user's project: no summary of them.
        assert "Created" not in update.stdout
    assert (project / ".gitignore").read_text().endswith("# Added in v2\n*.v2-cache\n")
    assert (project / "CHANGES.md").read_text() == "# Changes\n\n- v2: a changelog\n"
    assert readme.read_text().endswith("\nOur own notes.\n")
    assert conflict_files(project) == []
    assert (project / ".env").read_bytes() == secrets_v1
    check = run(CRUFT, "check", cwd=project)
    assert "up to date" in check.stdout


def test_cruft_create_in_a_terminal_asks_the_questions_and_ends_with_the_summary(tmp_path):
    """cruft asks cookiecutter's questions; the summary then also says to commit .cruft.json."""
    import pexpect

    from tests.cli.test_prompts import _answer_everything

    template = template_repository(tmp_path / "template")
    child = pexpect.spawn(
        CRUFT,
        ["create", str(template), "--directory", "templates/flask", "--output-dir", "out"],
        cwd=str(tmp_path),
        env=os.environ | {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"},
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 200),
    )
    _answer_everything(child, "flask", {"project_name": "Asked Here", "orm": "peewee"})
    project = tmp_path / "out" / "asked_here"
    child.expect_exact(f"Created {project} (Flask).")
    child.expect_exact("git:      a new git repository with a first commit")
    child.expect_exact(f"run it:   cd {project} && uv run flask --app asked_here db upgrade && ")
    child.expect_exact("test it:  uv run pytest")
    child.expect_exact("services: none")
    child.expect_exact("cruft:    commit the .cruft.json it writes next")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    answers = json.loads((project / ".cruft.json").read_text())["context"]["cookiecutter"]
    assert (answers["project_name"], answers["orm"]) == ("Asked Here", "peewee")
