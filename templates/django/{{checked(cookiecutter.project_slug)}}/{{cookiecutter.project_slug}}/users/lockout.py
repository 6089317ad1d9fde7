{#- Django Ninja runs its own HTTP Basic check, which AxesMiddleware answers: a JSON 429 there. -#}
{%- set ninja_api = cookiecutter | applied("django", "rest_api") == "django-ninja" -%}
"""How django-axes tells clients apart and answers one it has locked out (settings: AXES_*)."""

from axes.helpers import get_cool_off
{%- if ninja_api %}
from django.http import JsonResponse
{%- endif %}
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    """429 Too Many Requests, with Retry-After: how long the lockout still lasts at most."""
    seconds = int(get_cool_off(request).total_seconds())
{%- if ninja_api %}
    if request.path.startswith("/api/"):
        detail = "Too many failed logins: try again later."
        response = JsonResponse({"detail": detail}, status=429)
    else:
        context = {"minutes": seconds // 60}
        response = render(request, "registration/locked_out.html", context, status=429)
{%- else %}
    context = {"minutes": seconds // 60}
    response = render(request, "registration/locked_out.html", context, status=429)
{%- endif %}
    response["Retry-After"] = str(seconds)
    return response

{%- if cookiecutter.username_type == "email" %}


def login_email(request, credentials):
    """The account a login attempt names: the site's form sends it as ``email``, the admin's
    form{{ " and the API's HTTP Basic auth" if ninja_api else "" }} as ``username``."""
    credentials = credentials or request.POST
    return credentials.get("email") or credentials.get("username")
{%- endif %}


def client_address(request):
    """The client's address as the TLS proxy in front saw it: the last X-Forwarded-For entry.

    Production only: behind the proxy every request comes from the proxy's own address.
    """
    forwarded = request.headers.get("x-forwarded-for", "")
    return forwarded.split(",")[-1].strip() or request.META.get("REMOTE_ADDR")
