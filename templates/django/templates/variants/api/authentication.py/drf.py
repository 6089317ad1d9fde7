"""HTTP Basic for scripts, with django-axes' lockout answered the way DRF answers throttling."""

from axes.helpers import get_cool_off
from drf_spectacular.authentication import BasicScheme
from rest_framework import authentication, exceptions


class BasicAuthentication(authentication.BasicAuthentication):
    """DRF's HTTP Basic; a client that django-axes has locked out gets 429 with Retry-After.

    DRF hands ``authenticate()`` its own request object, so AxesMiddleware never sees the
    lockout flag django-axes sets on it: it is turned into DRF's ``Throttled`` here instead.
    """

    def authenticate_credentials(self, userid, password, request=None):
        try:
            return super().authenticate_credentials(userid, password, request)
        except exceptions.AuthenticationFailed:
            if getattr(request, "axes_locked_out", False):
                wait = get_cool_off(request).total_seconds()
                raise exceptions.Throttled(wait=wait) from None
            raise


class BasicAuthenticationScheme(BasicScheme):
    """The OpenAPI document describes it as the HTTP Basic scheme it is."""

    target_class = BasicAuthentication
