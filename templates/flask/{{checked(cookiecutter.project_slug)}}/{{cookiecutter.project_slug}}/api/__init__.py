"""The JSON API for posts, under ``/api/``: reads are public, writes need credentials{% if cookiecutter.__jwt %} or a JWT{% endif %}."""

from flask import Flask

{% if cookiecutter.__serialization -%}
from ..extensions import ma
{% endif -%}
from . import {% if cookiecutter.__jwt %}tokens, {% endif %}views


def init_app(app: Flask) -> None:
{%- if cookiecutter.__serialization %}
    ma.init_app(app)
{%- endif %}
    views.init_app(app)
{%- if cookiecutter.__jwt %}
    tokens.init_app(app)
{%- endif %}
