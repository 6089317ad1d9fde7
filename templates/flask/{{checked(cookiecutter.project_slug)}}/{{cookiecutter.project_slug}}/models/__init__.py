"""The database models."""

{% if cookiecutter.orm == "pymongo" -%}
from .pymongo import User

__all__ = ["User"]
{%- elif cookiecutter.orm == "pony" -%}
from .pony import define_entities

__all__ = ["define_entities"]
{%- else -%}
from .{{ cookiecutter.orm }} import Post, User

__all__ = ["Post", "User"]
{%- endif %}
