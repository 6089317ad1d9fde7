"""The project's user model."""

from django.contrib.auth.models import AbstractUser
from django.db import models

from .managers import UserManager


class User(AbstractUser):
    """A user account.

    A custom model from the first migration: swapping the user model later means rewriting
    every foreign key to it, while adding fields here is an ordinary migration.
    """

    # Users sign in with their email address, so it is unique and there is no username.
    username = None
    email = models.EmailField("email address", unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()
