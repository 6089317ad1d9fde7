"""Template context shared by every page."""

from django.conf import settings


def project(request):
    """The project's name and description, for page titles and headers."""
    return {
        "project_name": settings.PROJECT_NAME,
        "project_description": settings.PROJECT_DESCRIPTION,
    }
