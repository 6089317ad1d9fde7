"""The project's URL configuration: the admin under ``ADMIN_URL``, then each app's routes."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("{{ cookiecutter.project_slug }}.core.urls")),
]
