"""Template context shared by every page."""

from django.conf import settings
{%- if cookiecutter.example_app %}
from django.urls import reverse
{%- endif %}


def project(request):
    """The project's name and description, for page titles and headers, and the site's sections."""
    return {
        "project_name": settings.PROJECT_NAME,
        "project_description": settings.PROJECT_DESCRIPTION,
{%- if cookiecutter.example_app %}
        "navigation": [("Posts", reverse("posts:list")), ("New post", reverse("posts:create"))],
{%- else %}
        "navigation": [],
{%- endif %}
    }
