"""Render tier: every valid pair of option values bakes into a clean, consistent project."""

import yaml

from hooks import validation
from hooks.secret_env import PLACEHOLDER
from tests.render import checks


def test_no_template_syntax_left(baked):
    assert checks.leftovers(baked[2]) == []


def test_no_whitespace_litter(baked):
    assert checks.whitespace_litter(baked[2]) == []


def test_ruff_check_and_format_clean(baked):
    assert checks.ruff_problems(baked[2]) == ""


def test_compiles_and_config_files_parse(baked):
    framework, combination, project = baked
    assert checks.compile_errors(project) == []
    pyproject = checks.parse_config_files(project)
    assert pyproject["project"]["requires-python"] == f">={combination['python_version']}"
    assert pyproject["project"]["name"] == project.name


def test_license_and_secrets(baked):
    framework, combination, project = baked
    assert (project / "LICENSE").is_file()
    env = dict(
        line.split("=", 1) for line in (project / ".env").read_text().splitlines() if "=" in line
    )
    assert env["SECRET_KEY"] != PLACEHOLDER
    assert len(env["SECRET_KEY"]) >= 50
    assert f"SECRET_KEY={PLACEHOLDER}" in (project / ".env.example").read_text()
    assert ".env" in (project / ".gitignore").read_text().splitlines()


def test_docker_and_ci_files_agree_with_the_answers(baked):
    """No Docker engine or CI runner here: check statically what those files promise."""
    framework, combination, project = baked
    dockerfile = project / "Dockerfile"
    assert dockerfile.exists() == combination["use_docker"]
    assert (project / "compose.yaml").exists() == combination["use_docker"]
    if combination["use_docker"]:
        images = [
            line.split()[1]
            for line in dockerfile.read_text().splitlines()
            if line.startswith("FROM ")
        ]
        assert images and all(
            image.startswith(f"python:{combination['python_version']}-") for image in images
        )
        compose = yaml.safe_load((project / "compose.yaml").read_text())
        assert compose["services"]
    ci = combination.get("ci", "github")
    assert (project / ".github" / "workflows" / "ci.yml").exists() == (ci == "github")
    assert (project / ".gitlab-ci.yml").exists() == (ci == "gitlab")
    workflow = project / ".github" / "workflows" / "ci.yml"
    if workflow.exists():
        assert combination["python_version"] in workflow.read_text()


def test_one_test_suite_for_the_chosen_runner(baked):
    """Only the chosen runner's suite, dependencies and command reach the project."""
    framework, combination, project = baked
    pytest_chosen = combination["test_runner"] == "pytest"
    assert not (project / "tests_unittest").exists()
    # One suite of TestCase classes that either runner runs: no conftest.py.
    assert not (project / "tests" / "conftest.py").exists()
    pyproject = (project / "pyproject.toml").read_text()
    assert ('"pytest==' in pyproject) == pytest_chosen
    assert ("[tool.pytest.ini_options]" in pyproject) == pytest_chosen
    if framework == "flask":
        command = "uv run pytest" if pytest_chosen else "uv run coverage run -m unittest"
    else:
        assert checks.django_test_modules_outside_tests(project) == []
        command = "uv run pytest" if pytest_chosen else "uv run coverage run manage.py test"
    assert command in (project / "README.md").read_text()
    for ci_file in [project / ".github" / "workflows" / "ci.yml", project / ".gitlab-ci.yml"]:
        if ci_file.exists():
            assert command in ci_file.read_text()


def test_the_longest_accepted_slug_keeps_every_line_within_100_columns(baked):
    """A slug of the longest accepted length still gives a ruff-clean project (checked here by
    arithmetic on the lines that name it; the smoke tier bakes it for real)."""
    framework, combination, project = baked
    longest = validation.MAX_LENGTH["project_slug"]
    too_long = [
        f"{path.relative_to(project)}: {line.strip()}"
        for path in project.rglob("*.py")
        for line in path.read_text().splitlines()
        if project.name in line
        and len(line) + line.count(project.name) * (longest - len(project.name)) > 100
    ]
    assert too_long == []
