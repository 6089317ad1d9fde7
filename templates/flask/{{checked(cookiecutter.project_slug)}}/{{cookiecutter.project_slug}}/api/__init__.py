{%- set modules = ["views"] + (["tokens"] if cookiecutter.__jwt else []) -%}
"""The JSON API for posts, under ``/api/``: reads are public, writes need credentials{{ " or a JWT" if cookiecutter.__jwt }}."""

from flask import Flask

from . import {{ modules | sort | join(", ") }}


def init_app(app: Flask) -> None:
{%- for module in modules %}
    {{ module }}.init_app(app)
{%- endfor %}
