"""Honest output: a baked project holds only what its answers chose, and nothing dead."""

from tests.render import honest


def test_no_name_of_an_option_value_that_was_not_chosen(baked):
    framework, combination, project = baked
    assert honest.unchosen_names(framework, combination, project) == []


def test_every_module_is_imported_or_started(baked):
    assert honest.dead_modules(baked[2]) == []


def test_markdown_files_pass_the_linter(baked):
    assert honest.markdown_problems(baked[2]) == ""


def test_readme_names_every_installed_extension_and_the_server(baked):
    assert honest.unnamed_extensions(baked[2]) == []


def test_no_file_is_left_empty(baked):
    assert honest.empty_files(baked[2]) == []
