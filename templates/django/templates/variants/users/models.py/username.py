"""The project's user model."""

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A user account.

    A custom model from the first migration: swapping the user model later means rewriting
    every foreign key to it, while adding fields here is an ordinary migration.
    """
