"""Odd but valid answers: each baked into a project that installs and passes its own tests and
pre-commit (and the import-name check that keeps ``hooks/import_names.json`` honest)."""

import pytest

from hooks import validation
from tests.import_names import installed_names
from tests.smoke.adapters import adapter
from tests.smoke.project import Project
from tests.template import bake

pytestmark = pytest.mark.smoke

# The longest slug accepted, sorting after ``tests`` (import order in the test modules).
LONGEST_SLUG = ("zeta_notes_" + "x" * 60)[: validation.MAX_LENGTH["project_slug"]]

HARD_CASES = {
    "django-jinja2-quotes-longest-slug": (
        "django",
        {
            "project_name": 'O\'Reilly & "Quoted" <Zürich> 🚀',
            "project_slug": LONGEST_SLUG,
            "author_name": "Renée O'Brien \\ Co",
            "email": "o'brien+web@example.com",
            "description": 'שלום עולם: a site with <tags>, "quotes" and a \\ backslash',
            "version": "1.0.0rc1",
            "template_engine": "jinja2",
        },
    ),
    "django-dtl-unittest-apostrophes": (
        "django",
        {
            "project_name": "O'Reilly's Café",
            "author_name": "D'Arcy",
            "test_runner": "unittest",
        },
    ),
    "flask-unittest-after-tests": (
        "flask",
        {"project_name": "Zeta Notes", "author_name": 'Zoë "Z" Ñandú', "test_runner": "unittest"},
    ),
    "flask-pytest-markup-in-names": (
        "flask",
        {
            "project_name": 'O\'Reilly "Quoted" <b>Zürich</b> \\ 🚀 مرحبا',
            "project_slug": "oreilly",
            "description": "# Not a heading, *not bold*, {{ not jinja }}",
        },
    ),
}


@pytest.mark.parametrize(
    ("framework", "answers"),
    [
        pytest.param(*case, id=name, marks=pytest.mark.xdist_group(f"hard-{name}"))
        for name, case in HARD_CASES.items()
    ],
)
def test_odd_answers_give_a_project_that_passes_its_own_checks(framework, answers, tmp_path):
    defaults = validation.questions(framework).items()
    combination = {key: v[0] if isinstance(v, list) else v for key, v in defaults} | answers
    project = Project(bake(framework, tmp_path, **answers), combination["python_version"])
    project.run("git", "init", "-q")
    project.run("git", "add", "-A")
    project.install()
    command, env = adapter(framework).test_command(project, combination, {})
    project.uv_run(*command, env=env)
    project.uv_run("pre-commit", "run", "--all-files", "--show-diff-on-failure")
    assert installed_names(project) <= validation.reserved_names(framework)
