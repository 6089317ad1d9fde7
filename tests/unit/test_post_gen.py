"""Post-generation: secrets in .env, the chosen LICENSE, pruning."""

import datetime

import pytest

from hooks import post_gen, rules, secret_env
from hooks.rules import Replace, when

EXAMPLE = "# comment=change-me\nDEBUG=true\nSECRET_KEY=change-me\nDB_PASSWORD=change-me\n"


def test_render_env_replaces_every_placeholder_with_a_long_secret():
    rendered = secret_env.render_env(EXAMPLE)
    values = dict(line.split("=", 1) for line in rendered.splitlines() if "=" in line)
    assert values["# comment"] == "change-me"
    assert values["DEBUG"] == "true"
    assert len(values["SECRET_KEY"]) >= 50
    assert values["SECRET_KEY"] != values["DB_PASSWORD"]
    assert secret_env.PLACEHOLDER not in (values["SECRET_KEY"], values["DB_PASSWORD"])


def test_render_env_differs_on_every_call():
    assert secret_env.render_env(EXAMPLE) != secret_env.render_env(EXAMPLE)


def test_write_env_needs_an_example(tmp_path):
    secret_env.write_env(tmp_path)
    assert not (tmp_path / ".env").exists()
    (tmp_path / ".env.example").write_text(EXAMPLE)
    secret_env.write_env(tmp_path)
    assert "SECRET_KEY=change-me" not in (tmp_path / ".env").read_text()


@pytest.mark.parametrize(
    ("license_id", "expected"),
    [
        ("MIT", "Permission is hereby granted"),
        ("BSD-3-Clause", "Redistribution and use in source and binary forms"),
        ("Apache-2.0", "Apache License"),
        ("GPL-3.0-or-later", "GNU GENERAL PUBLIC LICENSE"),
        ("Proprietary", "All rights reserved"),
    ],
)
def test_write_license_fills_year_and_author(tmp_path, license_id, expected):
    post_gen.write_license(tmp_path, license_id, "Jane Doe")
    text = (tmp_path / "LICENSE").read_text()
    assert expected in text
    assert "[year]" not in text
    assert "[fullname]" not in text
    if license_id in ("MIT", "BSD-3-Clause", "Proprietary"):
        assert str(datetime.date.today().year) in text
        assert "Jane Doe" in text


def test_prune_removes_files_and_directories(tmp_path):
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "drf.py").write_text("")
    (tmp_path / "Dockerfile").write_text("")
    (tmp_path / "keep.py").write_text("")
    post_gen.prune(tmp_path, ["api", "Dockerfile", "absent.txt"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.py"]


def test_replace_puts_the_chosen_folder_in_place_or_drops_it(tmp_path):
    rule = Replace("tests_unittest", "tests", when(test_runner="unittest"))
    for runner, expected in [("unittest", "base.py"), ("pytest", "conftest.py")]:
        project = tmp_path / runner
        (project / "tests").mkdir(parents=True)
        (project / "tests" / "conftest.py").write_text("")
        (project / "tests_unittest").mkdir()
        (project / "tests_unittest" / "base.py").write_text("")

        rules.replace(project, [rule], {"test_runner": runner})

        assert [p.name for p in project.iterdir()] == ["tests"]
        assert [p.name for p in (project / "tests").iterdir()] == [expected]
