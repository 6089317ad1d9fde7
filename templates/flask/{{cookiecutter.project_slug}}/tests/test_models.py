"""The User model."""

import pytest
from sqlalchemy.exc import IntegrityError

from {{ cookiecutter.project_slug }}.extensions import db
from {{ cookiecutter.project_slug }}.models import User


def make_user(email="ada@example.com", password="correct horse battery staple"):
    user = User(email=email)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


@pytest.mark.usefixtures("app")
def test_user_is_saved_with_a_creation_time():
    user = make_user()

    saved = db.session.get(User, user.id)
    assert saved.email == "ada@example.com"
    assert saved.created_at is not None
    assert repr(saved) == "<User ada@example.com>"


@pytest.mark.usefixtures("app")
def test_password_is_hashed_and_checked():
    user = make_user(password="s3cret-passphrase")

    assert "s3cret-passphrase" not in user.password_hash
    assert user.check_password("s3cret-passphrase")
    assert not user.check_password("wrong")


@pytest.mark.usefixtures("app")
def test_email_is_unique():
    make_user()

    with pytest.raises(IntegrityError):
        make_user()
