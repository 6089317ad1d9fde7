"""Site-wide pages: the home page and the health checks."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
{%- if cookiecutter.example_app %}

from {{ cookiecutter.project_slug }}.posts.latest import latest_posts
{%- endif %}


class HomeView(TemplateView):
{%- if cookiecutter.example_app %}
    template_name = "posts/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(latest_posts=latest_posts(), **kwargs)
{%- else %}
    template_name = "core/home.html"
{%- endif %}


@never_cache
@require_safe
def health(request):
    """Report whether the app can reach its database; 503 tells load balancers to back off."""
    try:
        with connection.cursor() as cursor:
{%- if cookiecutter.database == "oracle" %}
            # Oracle has no bare SELECT: the suffix is " FROM DUAL" there, empty on SQLite.
            cursor.execute(f"SELECT 1{connection.features.bare_select_suffix}")
{%- else %}
            cursor.execute("SELECT 1")
{%- endif %}
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@never_cache
@require_safe
async def live(request):
    """Liveness: the process answers, without touching the database.

    Asynchronous, so under an ASGI server a flood of probes costs no worker threads.
    """
    return JsonResponse({"status": "ok"})
