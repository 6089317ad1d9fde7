"""The API's single NinjaAPI instance and its routes; its OpenAPI document is /api/openapi.json."""

from django.conf import settings
from django.urls import path
from ninja import NinjaAPI
from ninja.throttling import AnonRateThrottle, AuthRateThrottle

from .views import router as posts_router

api = NinjaAPI(
    title=settings.PROJECT_NAME,
    version="1",
    urls_namespace="api",
    # Per client address for anonymous requests, per user otherwise; counted in the cache.
    throttle=[AnonRateThrottle("100/min"), AuthRateThrottle("1000/min")],
)
api.add_router("/posts/", posts_router)

urlpatterns = [path("", api.urls)]
