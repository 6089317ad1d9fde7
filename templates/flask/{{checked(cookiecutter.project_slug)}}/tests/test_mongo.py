"""The MongoDB indexes that ``flask init-db`` creates."""

import pytest
from pymongo.errors import DuplicateKeyError

from {{ cookiecutter.project_slug }}.posts import store


def test_init_db_makes_usernames_and_emails_unique(app, password):
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code == 0, result.output
    store.create_user("ada", "ada@example.com", password)

    with pytest.raises(DuplicateKeyError):
        store.create_user("ada", "other@example.com", password)
    with pytest.raises(DuplicateKeyError):
        store.create_user("other", "ADA@example.com", password)
