from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """Django's user admin (list, search and filters included) for the project's user model."""

    list_display = ("username", "email", "first_name", "last_name", "is_staff", "date_joined")
