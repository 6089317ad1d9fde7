{%- set rest_api = cookiecutter | applied("django", "rest_api") -%}
{%- set sitemaps = cookiecutter | applied("django", "use_sitemaps") -%}
"""The project's URL configuration: the admin under ``ADMIN_URL``, then each app's routes."""

from django.conf import settings
from django.contrib import admin
{%- if sitemaps %}
from django.contrib.sitemaps.views import sitemap
{%- endif %}
from django.urls import include, path
{%- if sitemaps %}

from {{ cookiecutter.project_slug }}.posts.sitemaps import PostSitemap
{%- endif %}

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("accounts/", include("{{ cookiecutter.project_slug }}.users.urls")),
{%- if cookiecutter.example_app %}
    path("posts/", include("{{ cookiecutter.project_slug }}.posts.urls")),
{%- endif %}
{%- if rest_api == "drf" %}
    path("api/", include("{{ cookiecutter.project_slug }}.api.urls", namespace="v1")),
{%- elif rest_api == "django-ninja" %}
    path("api/", include("{{ cookiecutter.project_slug }}.api.urls")),
{%- endif %}
{%- if sitemaps %}
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"posts": PostSitemap}},
        name="django.contrib.sitemaps.views.sitemap",
    ),
{%- endif %}
    path("", include("{{ cookiecutter.project_slug }}.core.urls")),
]
