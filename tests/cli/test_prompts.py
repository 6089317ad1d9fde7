"""The interactive root command, driven in a pseudo-terminal as a person would answer it."""

import os

import pexpect
import pytest

from tests.cli.runner import COOKIECUTTER, user_config
from tests.template import ROOT, prompts, questions

# Position of each framework in the first prompt (the order of the root cookiecutter.json).
CHOICE = {"django": "1", "flask": "2"}


def _prompt_label(framework, key):
    prompt = prompts(framework)[key]
    return prompt["__prompt__"] if isinstance(prompt, dict) else prompt


def _answer_everything(child, framework, answers):
    """Answer each question in cookiecutter.json order: typed answers, else Enter."""
    for key, default in questions(framework).items():
        child.expect_exact(_prompt_label(framework, key))
        if isinstance(default, list):
            child.expect_exact("Choose from")
            answer = answers.get(key)
            child.sendline(str(default.index(answer) + 1) if answer else "")
        else:
            child.expect_exact("): ")
            child.sendline(answers.get(key, ""))


@pytest.mark.parametrize("framework", ["django", "flask"])
def test_interactive_root_asks_for_the_framework_then_its_questions(framework, tmp_path):
    env = os.environ | {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    child = pexpect.spawn(
        COOKIECUTTER,
        ["--config-file", str(user_config(tmp_path)), str(ROOT)],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 200),
    )
    child.expect_exact("Select a template")
    child.expect_exact("Django (batteries included")
    child.expect_exact("Flask (a small core plus exactly the extensions you pick)")
    child.expect_exact("Choose from")
    child.sendline(CHOICE[framework])
    answers = {
        "project_name": "Acme Portal",
        "email": "ops@acme.example",
        "license": "Apache-2.0",
        "python_version": "3.13",
    }
    _answer_everything(child, framework, answers)
    # After the last answer: the summary, then the command ends.
    project = tmp_path / "acme_portal"
    child.expect_exact(f"Created {project} ({framework.capitalize()}).")
    child.expect_exact("git:      a new git repository with a first commit")
    child.expect_exact(f"run it:   cd {project} && uv run ")
    child.expect_exact("test it:  uv run pytest")
    child.expect_exact("services: none")
    child.expect_exact("README.md there says the rest.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before

    assert (project / ".git").is_dir()
    assert "Apache License" in (project / "LICENSE").read_text()
    pyproject = (project / "pyproject.toml").read_text()
    assert 'requires-python = ">=3.13"' in pyproject
    assert "ops@acme.example" in pyproject
    assert framework in pyproject.lower()


def _spawn_flask(tmp_path):
    """The Flask template's prompts in a pseudo-terminal, as a person would see them."""
    env = os.environ | {"NO_COLOR": "1", "TERM": "dumb"}
    return pexpect.spawn(
        COOKIECUTTER,
        ["--config-file", str(user_config(tmp_path)), str(ROOT / "templates" / "flask")],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 200),
    )


def test_interactive_bad_slug_is_refused(tmp_path):
    child = _spawn_flask(tmp_path)
    _answer_everything(child, "flask", {"project_slug": "Bad-Slug"})
    child.expect_exact("error: project_slug 'Bad-Slug' is not a lowercase Python identifier")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus != 0
    assert list(tmp_path.glob("*/pyproject.toml")) == []


def test_cookiecutter_asks_a_choice_or_yes_no_again_and_free_text_is_refused_at_the_end(tmp_path):
    """The README's promise: a bad menu number or yes/no is asked again (cookiecutter does it);
    a bad free-text answer cannot be asked again and is refused before anything is written."""
    child = _spawn_flask(tmp_path)
    for key, default in questions("flask").items():
        child.expect_exact(_prompt_label("flask", key))
        if key == "license":
            child.expect_exact("Choose from")
            child.sendline("9")
            child.expect_exact("Please select one of the available options")
            child.sendline("2")
        elif key == "admin":
            child.sendline("maybe")
            child.expect_exact("Please enter Y or N")
            child.sendline("")
        elif key == "email":
            child.expect_exact("): ")
            child.sendline("nope")
        else:
            child.expect_exact("Choose from" if isinstance(default, list) else "): ")
            child.sendline("")
    child.expect_exact("error: email 'nope' is not a valid address")
    child.expect(pexpect.EOF)
    transcript = child.before
    child.close()
    assert child.exitstatus == 1
    assert "Traceback" not in transcript
    assert list(tmp_path.glob("*/pyproject.toml")) == []
