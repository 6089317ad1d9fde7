"""Load the shared Jinja extension: cookiecutter puts only this template's folder on sys.path."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hooks.jinja_extension import TemplateHelpers  # noqa: E402, F401
