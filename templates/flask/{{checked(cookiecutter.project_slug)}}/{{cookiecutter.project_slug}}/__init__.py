{% set accounts = cookiecutter.auth != "none" -%}
{#- Extensions initialised here, then the modules that set themselves up, in this order. -#}
{% set extensions = [
    ("cache", cookiecutter.__cache != "none"),
    ("csrf", accounts and cookiecutter.__forms),
    ("ma", cookiecutter.__serialization),
] | selectattr("1") | map(attribute="0") | list -%}
{% set setup = [
    ("database", cookiecutter.orm != "none"),
    ("cache", cookiecutter.__cache != "none"),
    ("csrf", accounts),
    ("ma", cookiecutter.__serialization),
] | selectattr("1") | map(attribute="0") | list -%}
{% set features = [
    ("accounts", accounts),
    ("permissions", cookiecutter.auth == "flask-principal"),
    ("commands", accounts),
    ("posts", accounts),
    ("admin", cookiecutter.admin),
    ("feeds", cookiecutter.__feeds),
    ("sitemap", cookiecutter.__sitemap),
    ("async_views", cookiecutter.__async_views),
    ("api", cookiecutter.__rest_api != "none"),
    ("security", True),
] | selectattr("1") | map(attribute="0") | list -%}
{% set modules = (setup + features) | reject("in", extensions) | sort -%}
"""The application factory.

The ``flask`` command and gunicorn both call ``create_app``; nothing here runs at import time,
so tests can build as many applications as they need.
"""

from flask import Flask

{% if ("from . import " ~ modules | join(", ")) | length <= 100 -%}
from . import {{ modules | join(", ") }}
{% else -%}
from . import (
{% for module in modules -%}
{{ "    " ~ module }},
{% endfor -%}
)
{% endif -%}
from .config import Config, config_from_env
{% if extensions -%}
from .extensions import {{ extensions | join(", ") }}
{% endif -%}
from .main import bp as main_bp


def create_app(config: Config | None = None) -> Flask:
    """Build the application.

    ``config`` replaces the configuration that the ``APP_ENV`` environment variable selects;
    tests pass a ``TestingConfig``.
    """
    app = Flask(__name__)
    app.config.from_object(config or config_from_env())
{%- if setup %}
{% for module in setup %}
    {{ module }}.init_app(app)
{%- endfor %}
{%- endif %}

    app.register_blueprint(main_bp)
{%- for module in features %}
    {{ module }}.init_app(app)
{%- endfor %}
    return app
