"""Where the templates live and how to bake one in-process."""

import json
from pathlib import Path
from typing import Any

from cookiecutter.main import cookiecutter

ROOT = Path(__file__).resolve().parents[1]
FRAMEWORKS = ("django", "flask")


def template_dir(framework: str) -> Path:
    return ROOT / "templates" / framework


def questions(framework: str) -> dict[str, Any]:
    """The template's cookiecutter.json without its private keys."""
    data = json.loads((template_dir(framework) / "cookiecutter.json").read_text())
    return {key: value for key, value in data.items() if not key.startswith("_")}


def bake(framework: str, output_dir: Path, **answers: Any) -> Path:
    """Generate a project with ``answers`` over the defaults; return its directory."""
    project = cookiecutter(
        str(template_dir(framework)),
        no_input=True,
        extra_context=answers,
        output_dir=str(output_dir),
    )
    return Path(project)
