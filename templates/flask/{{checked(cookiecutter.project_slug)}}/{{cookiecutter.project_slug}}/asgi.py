"""The application as an ASGI server runs it: the Flask app behind Connexion.

``gunicorn {{ cookiecutter.project_slug }}.asgi:app -k uvicorn_worker.UvicornWorker`` serves it.
"""

from . import create_app
from .api.views import asgi_app

app = asgi_app(create_app())
