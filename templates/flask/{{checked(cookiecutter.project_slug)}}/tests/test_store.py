"""The posts store: the only code that talks to the database."""

from datetime import UTC

import pytest

from {{ cookiecutter.project_slug }}.posts import store


def test_created_post_reads_back_as_plain_data(user):
    created = store.create_post("Hello", "First post", store.user_id(user))

    post = store.get_post(created.id)

    assert post == created
    assert (post.title, post.body, post.author) == ("Hello", "First post", "ada")
    assert post.author_id == store.user_id(user)
    assert post.created.tzinfo is not None
    assert post.created.utcoffset() == UTC.utcoffset(None)


@pytest.mark.parametrize("post_id", [999999, "not-an-id", None])
@pytest.mark.usefixtures("app")
def test_unknown_or_malformed_ids_find_nothing(post_id):
    assert store.get_post(post_id) is None
    assert store.update_post(post_id, title="x") is None
    assert store.delete_post(post_id) is False


def test_posts_are_listed_newest_first_and_paginated(user):
    for number in range(12):
        store.create_post(f"Post {number}", "Body", store.user_id(user))

    first, total = store.list_posts(page=1, per_page=10)
    second, _ = store.list_posts(page=2, per_page=10)

    assert total == 12
    assert [post.title for post in first][:2] == ["Post 11", "Post 10"]
    assert [post.title for post in second] == ["Post 1", "Post 0"]
    assert [post.title for post in store.latest_posts(3)] == ["Post 11", "Post 10", "Post 9"]


def test_update_changes_only_the_given_fields(user):
    post = store.create_post("Old", "Body", store.user_id(user))

    updated = store.update_post(post.id, title="New")

    assert (updated.title, updated.body) == ("New", "Body")
    assert store.get_post(post.id).title == "New"


def test_delete_removes_the_post(user):
    post = store.create_post("Doomed", "Body", store.user_id(user))

    assert store.delete_post(post.id) is True
    assert store.get_post(post.id) is None
    assert store.list_posts() == ([], 0)


def test_credentials_match_username_or_email(user, password):
    assert store.user_id(store.check_credentials("ada", password)) == store.user_id(user)
    assert store.user_id(store.check_credentials("ADA@example.com", password)) == store.user_id(
        user
    )
    assert store.check_credentials("ada", "wrong") is None
    assert store.check_credentials("nobody", password) is None


def test_passwords_are_stored_hashed(user, password):
    assert password not in str(vars(user))


def test_users_are_found_by_id(user):
    assert store.user_id(store.get_user(str(store.user_id(user)))) == store.user_id(user)
    assert store.get_user("not-an-id") is None


def test_staff_flag(user, staff):
    assert store.is_staff(staff)
    assert not store.is_staff(user)
    assert not store.is_staff(None)


@pytest.mark.usefixtures("app")
def test_database_is_reported_reachable():
    assert store.database_ok()
