"""Account pages under ``accounts/``: signup, then Django's login, logout and password views.

Django's auth views reverse their URL names without a namespace, so this module has none.
"""

{% if cookiecutter.username_type == "email" -%}
from django.contrib.auth.views import LoginView
{% endif -%}
from django.urls import include, path

{% if cookiecutter.username_type == "email" -%}
from .forms import EmailAuthenticationForm
{% endif -%}
from .views import SignupView

urlpatterns = [
    path("signup/", SignupView.as_view(), name="signup"),
{%- if cookiecutter.username_type == "email" %}
    path("login/", LoginView.as_view(authentication_form=EmailAuthenticationForm), name="login"),
{%- endif %}
    path("", include("django.contrib.auth.urls")),
]
