{%- if cookiecutter.auth != "none" -%}
"""Posts: the data store, and the pages that list, show and write posts."""

from flask import Flask

from . import editing, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    editing.init_app(app)
{%- else -%}
"""Posts and their authors: the data store (``store``) that every feature reads through."""
{%- endif %}
