"""Post-generation: swap in the chosen folders, drop the paths the answers exclude, write LICENSE
and the secret .env.
"""

import datetime
import shutil
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


def main(framework: str, answers: dict, project: Path | None = None) -> int:
    project = project or Path.cwd()
    options = for_framework(framework)
    # Prune by the answers as they apply: an ignored answer must not keep (or drop) a file.
    applied = rules.normalise(options.IGNORED, answers)[0]
    rules.replace(project, options.REPLACE, applied)
    prune(project, rules.paths_to_remove(options.MANIFEST, applied))
    write_license(project, answers["license"], answers["author_name"])
    write_env(project)
    return 0
