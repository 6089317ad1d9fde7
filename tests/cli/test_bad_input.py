"""Bad answers stop the bake in every invocation form: one ``error:`` line per problem, exit
status 1, no traceback, nothing written inside or outside the output folder."""

import json

import pytest

from tests.cli.runner import run_cookiecutter, user_config
from tests.template import FRAMEWORKS, ROOT, template_dir

SLUG_FIX = "choose another project_slug, for example 'my_site'"

# (answers on the command line, the error lines expected in order)
BAD_ANSWERS = [
    (["project_slug=My-Site"], ["project_slug 'My-Site' is not a lowercase Python identifier"]),
    (["project_slug=9lives"], ["project_slug '9lives' is not a lowercase Python identifier"]),
    (["project_slug=a/b"], ["project_slug 'a/b' is not a lowercase Python identifier"]),
    (["project_slug=../escaped/deeper"], ["project_slug '../escaped/deeper' is not a lowercase"]),
    (["project_slug=" + "a" * 300], ["project_slug is 300 characters long: shorten it to 30"]),
    (["project_slug=__init__"], ["project_slug '__init__' is not a lowercase Python identifier"]),
    (["project_slug=lambda"], ["project_slug 'lambda' is a Python keyword"]),
    (["project_slug=json"], ["project_slug 'json' would shadow the standard-library module"]),
    (["project_slug=nul"], ["project_slug 'nul' is a device name Windows reserves"]),
    (["project_name=Two\nLines"], ["project_name 'Two\\nLines' contains a control character"]),
    (["author_name=Ann\tB"], ["author_name 'Ann\\tB' contains a control character (\\t)"]),
    (["email=jane.example.com"], ["email 'jane.example.com' is not a valid address"]),
    (['email=a"b@c.de'], ["email 'a\"b@c.de' is not a valid address"]),
    (["version=first"], ["version 'first' is not a PEP 440 version"]),
    (["version=١.٢"], ["version '١.٢' is not a PEP 440 version"]),
    (["version=1.0\n"], ["version '1.0\\n' contains a control character (\\n)"]),
    (["databse=sqlite"], ["unknown answer 'databse' for the {framework} template: did you mean"]),
    (
        ["project_slug=os", "email=nope", "licence=MIT"],
        [
            "unknown answer 'licence' for the {framework} template: did you mean 'license'?",
            "project_slug 'os' would shadow the standard-library module 'os'",
            "email 'nope' is not a valid address",
        ],
    ),
]

SHADOWING = {"django": ["django", "rest_framework", "ninja"], "flask": ["flask", "flask_login"]}


def assert_refused(result, expected: list[str], framework: str = ""):
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(expected), result.stderr
    for error, start in zip(errors, expected, strict=True):
        assert error.startswith("error: " + start.format(framework=framework)), error


def bake_cli(tmp_path, *args):
    out = tmp_path / "work" / "out"
    out.mkdir(parents=True)
    result = run_cookiecutter(*args, "-o", str(out), cwd=tmp_path, config=user_config(tmp_path))
    return result, out


def nothing_written(tmp_path, out):
    """The output folder is empty and nothing new sits beside it (``..`` in a slug)."""
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["out"]


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize(("answers", "expected"), BAD_ANSWERS)
def test_bad_answers_are_refused_and_nothing_is_written(framework, answers, expected, tmp_path):
    result, out = bake_cli(tmp_path, str(template_dir(framework)), "--no-input", *answers)
    assert_refused(result, expected, framework)
    nothing_written(tmp_path, out)


@pytest.mark.parametrize(
    ("framework", "slug"), [(fw, slug) for fw, slugs in SHADOWING.items() for slug in slugs]
)
def test_a_slug_that_shadows_a_dependency_is_refused(framework, slug, tmp_path):
    result, out = bake_cli(
        tmp_path, str(template_dir(framework)), "--no-input", f"project_slug={slug}"
    )
    assert_refused(result, [f"project_slug '{slug}' would shadow the module '{slug}'"])
    nothing_written(tmp_path, out)


def test_the_interactive_root_form_refuses_too(tmp_path):
    """``cookiecutter <repo>`` with answers and the framework picked from its first menu."""
    result, out = bake_cli(tmp_path, str(ROOT), "--no-input", "project_slug=a/b", "colour=red")
    assert_refused(
        result,
        [
            "unknown answer 'colour' for the django template",
            "project_slug 'a/b' is not a lowercase Python identifier",
        ],
    )
    nothing_written(tmp_path, out)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_a_replay_file_is_checked_like_typed_answers(framework, tmp_path):
    """A replay file is someone else's answers: bad choices and unknown keys are named."""
    config = user_config(tmp_path)
    result = run_cookiecutter(
        str(template_dir(framework)),
        "--no-input",
        "-o",
        str(tmp_path / "first"),
        "project_name=Replayed",
        cwd=tmp_path,
        config=config,
    )
    assert result.returncode == 0, result.stderr
    replay = tmp_path / "replay" / f"{framework}.json"
    context = json.loads(replay.read_text())
    context["cookiecutter"] |= {"python_version": "3.10", "use_docker": "maybe", "colour": "red"}
    replay.write_text(json.dumps(context))
    result, out = bake_cli(tmp_path, "--replay", str(template_dir(framework)))
    assert_refused(
        result,
        [
            "unknown answer 'colour' for the {framework} template",
            "python_version '3.10' is not one of the choices: choose one of 3.12, 3.11, 3.13",
            "use_docker 'maybe' is not yes or no",
        ],
        framework,
    )
    nothing_written(tmp_path, out)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_pytest_cookies_gets_a_clean_refusal(cookies, framework):
    result = cookies.bake(
        template=str(template_dir(framework)), extra_context={"project_slug": "../escaped"}
    )
    assert result.exit_code == 1
    assert result.project_path is None


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_jinja_syntax_in_an_answer_is_kept_as_text(framework, tmp_path):
    result, out = bake_cli(
        tmp_path,
        str(template_dir(framework)),
        "--no-input",
        "project_name={{ 7*7 }} {% raw %}",
        "project_slug=braces",
        "description={{ cookiecutter.__class__ }}",
    )
    assert result.returncode == 0, result.stderr
    readme = (out / "braces" / "README.md").read_text()
    assert "{{ 7\\*7 }} {% raw %}" in readme
    assert "{{ cookiecutter.\\_\\_class\\_\\_ }}" in readme
    assert "49" not in readme


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_an_existing_directory_is_never_clobbered(framework, tmp_path):
    existing = tmp_path / "acme"
    existing.mkdir()
    (existing / "precious.txt").write_text("keep me")
    result = run_cookiecutter(
        str(template_dir(framework)),
        "--no-input",
        "-o",
        str(tmp_path),
        "project_name=Acme",
        cwd=tmp_path,
        config=user_config(tmp_path),
    )
    assert result.returncode != 0
    assert "already exists" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert [p.name for p in existing.iterdir()] == ["precious.txt"]
    assert (existing / "precious.txt").read_text() == "keep me"
