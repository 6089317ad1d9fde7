"""Bad answers stop the bake with one clear line, a non-zero exit and nothing on disk."""

import pytest

from tests.cli.runner import run_cookiecutter, user_config
from tests.template import FRAMEWORKS, ROOT

BAD_ANSWERS = [
    ("project_slug=My-Site", "error: project_slug 'My-Site' is not a lowercase Python identifier"),
    ("project_slug=9lives", "error: project_slug '9lives' is not a lowercase Python identifier"),
    ("project_slug=lambda", "error: project_slug 'lambda' is a Python keyword"),
    ("project_slug=json", "error: project_slug 'json' would shadow the standard-library module"),
    ("project_slug=flask", "error: project_slug 'flask' would shadow the package 'flask'"),
    ("project_slug=django", "error: project_slug 'django' would shadow the package 'django'"),
    ("email=jane.example.com", "error: email 'jane.example.com' is not a valid address"),
    ("version=first", "error: version 'first' is not a PEP 440 version"),
]


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize(("answer", "message"), BAD_ANSWERS)
def test_bad_answer_is_refused_and_nothing_is_left(framework, answer, message, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run_cookiecutter(
        str(ROOT / "templates" / framework),
        "--no-input",
        "-o",
        str(out),
        answer,
        cwd=tmp_path,
        config=user_config(tmp_path),
    )
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(message)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_an_existing_directory_is_never_clobbered(framework, tmp_path):
    existing = tmp_path / "acme"
    existing.mkdir()
    (existing / "precious.txt").write_text("keep me")
    result = run_cookiecutter(
        str(ROOT / "templates" / framework),
        "--no-input",
        "-o",
        str(tmp_path),
        "project_name=Acme",
        cwd=tmp_path,
        config=user_config(tmp_path),
    )
    assert result.returncode != 0
    assert "already exists" in result.stdout + result.stderr
    assert [p.name for p in existing.iterdir()] == ["precious.txt"]
    assert (existing / "precious.txt").read_text() == "keep me"
