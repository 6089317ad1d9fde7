"""API routes. Mounted under the ``v1`` namespace, which NamespaceVersioning reports as the
request's version: a future ``v2`` can be mounted next to it without breaking clients."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from .views import PostViewSet

app_name = "api"

router = DefaultRouter()
router.register("posts", PostViewSet, basename="post")

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    *router.urls,
]
