"""Account pages under ``accounts/``: signup, then Django's login, logout and password views.

Django's auth views reverse their URL names without a namespace, so this module has none.
"""

from django.contrib.auth.views import LoginView
from django.urls import include, path

from .forms import EmailAuthenticationForm
from .views import SignupView

urlpatterns = [
    path("signup/", SignupView.as_view(), name="signup"),
    path("login/", LoginView.as_view(authentication_form=EmailAuthenticationForm), name="login"),
    path("", include("django.contrib.auth.urls")),
]
