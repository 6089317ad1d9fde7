"""WSGI entry point, ``config.wsgi:application``{{ ": gunicorn serves it in production" if cookiecutter.server == "gunicorn" else " (production serves config.asgi)" }}."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
