"""Where the templates live and how to bake one in-process."""

import json
from pathlib import Path
from typing import Any

from cookiecutter.main import cookiecutter

from hooks import validation

ROOT = Path(__file__).resolve().parents[1]
FRAMEWORKS = ("django", "flask")


def template_dir(framework: str) -> Path:
    return ROOT / "templates" / framework


def _config(framework: str) -> dict[str, Any]:
    return json.loads((template_dir(framework) / "cookiecutter.json").read_text())


def questions(framework: str) -> dict[str, Any]:
    """The template's questions with their defaults or choices, in the order they are asked
    (read where the generator's validation reads them)."""
    return dict(validation.questions(framework))


def prompts(framework: str) -> dict[str, Any]:
    """The human prompt of each question (``__prompts__``)."""
    return _config(framework)["__prompts__"]


def bake(framework: str, output_dir: Path, **answers: Any) -> Path:
    """Generate a project with ``answers`` over the defaults; return its directory."""
    project = cookiecutter(
        str(template_dir(framework)),
        no_input=True,
        extra_context=answers,
        output_dir=str(output_dir),
    )
    return Path(project)
