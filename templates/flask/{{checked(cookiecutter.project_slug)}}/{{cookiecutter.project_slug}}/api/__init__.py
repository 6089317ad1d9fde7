{%- set module = {"flask-smorest": "smorest", "flask-restx": "restx", "flask-restful": "restful", "flask-classful": "classful", "connexion": "connexion"}.get(cookiecutter.__rest_api) -%}
"""The JSON API for posts, under ``/api/``: reads are public, writes need credentials{% if cookiecutter.__jwt %} or a JWT{% endif %}."""

from flask import Flask

{% if cookiecutter.__serialization -%}
from ..extensions import ma
{% endif -%}
from . import {{ module }}{% if cookiecutter.__jwt %}, tokens{% endif %}


def init_app(app: Flask) -> None:
{%- if cookiecutter.__serialization %}
    ma.init_app(app)
{%- endif %}
    {{ module }}.init_app(app)
{%- if cookiecutter.__jwt %}
    tokens.init_app(app)
{%- endif %}
