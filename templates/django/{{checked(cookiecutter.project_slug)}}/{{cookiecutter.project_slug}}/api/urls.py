{%- if cookiecutter.rest_api == "drf" -%}
"""API routes. Mounted under the ``v1`` namespace, which NamespaceVersioning reports as the
request's version: a future ``v2`` can be mounted next to it without breaking clients."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from .viewsets import PostViewSet

app_name = "api"

router = DefaultRouter()
router.register("posts", PostViewSet, basename="post")

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    *router.urls,
]
{%- else -%}
"""The API's single NinjaAPI instance and its routes; its OpenAPI document is /api/openapi.json."""

from django.conf import settings
from django.urls import path
from ninja import NinjaAPI
from ninja.throttling import AnonRateThrottle, AuthRateThrottle

from .posts import router as posts_router

api = NinjaAPI(
    title=settings.PROJECT_NAME,
    version="1",
    urls_namespace="api",
    # Per client address for anonymous requests, per user otherwise; counted in the cache.
    throttle=[AnonRateThrottle("100/min"), AuthRateThrottle("1000/min")],
)
api.add_router("/posts/", posts_router)

urlpatterns = [path("", api.urls)]
{%- endif %}
