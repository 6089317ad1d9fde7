"""The Jinja2 environment of the site's templates (``<package>/jinja2/``).

Django's Jinja2 backend already puts ``request``, ``csrf_input`` and ``csrf_token`` in every
context, and runs the context processors named in settings (``user``, ``messages``, the project's
name). This adds what the Django template language has built in: ``url()``, ``static()`` and the
``date`` and ``linebreaks`` filters.
"""

from django.template.defaultfilters import date, linebreaks_filter
from django.templatetags.static import static
from django.urls import reverse
from jinja2 import Environment


def url(name, *args, **kwargs):
    """Django's ``reverse`` for templates: ``url("posts:detail", post.pk)``."""
    return reverse(name, args=args, kwargs=kwargs)


def environment(**options):
    env = Environment(**options)
    env.globals.update(static=static, url=url)
    env.filters.update(date=date, linebreaks=linebreaks_filter)
    return env
