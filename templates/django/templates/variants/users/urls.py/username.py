"""Account pages under ``accounts/``: signup, then Django's login, logout and password views.

Django's auth views reverse their URL names without a namespace, so this module has none.
"""

from django.urls import include, path

from .views import SignupView

urlpatterns = [
    path("signup/", SignupView.as_view(), name="signup"),
    path("", include("django.contrib.auth.urls")),
]
