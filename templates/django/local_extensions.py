"""Give the hooks the template repository's root: cookiecutter runs them from temp copies."""

from pathlib import Path

from jinja2.ext import Extension


class RepositoryRoot(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["repository_root"] = str(Path(__file__).resolve().parents[2])
