"""This repository's README passes the Markdown linter the generated READMEs pass."""

from pathlib import Path

from tests.render.honest import markdown_problems

REPOSITORY = Path(__file__).resolve().parents[2]


def test_readme_passes_the_markdown_linter():
    assert markdown_problems(REPOSITORY, ["README.md"]) == ""
