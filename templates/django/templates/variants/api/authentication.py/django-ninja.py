"""How API clients authenticate: HTTP Basic for scripts, the session cookie for the browser."""

from django.contrib.auth import authenticate
from ninja.security import HttpBasicAuth, django_auth


class BasicAuth(HttpBasicAuth):
    def authenticate(self, request, username, password):
        return authenticate(request, username=username, password=password)


# Either one will do; the session also enforces CSRF, HTTP Basic needs no token.
WRITE_AUTH = [BasicAuth(), django_auth]
