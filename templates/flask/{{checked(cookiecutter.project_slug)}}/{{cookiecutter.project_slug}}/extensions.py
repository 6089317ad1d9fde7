{% set accounts = cookiecutter.auth != "none" -%}
{% set security = cookiecutter.auth == "flask-security" -%}
{% set sqlalchemy = cookiecutter.orm == "sqlalchemy" -%}
{#- Each chosen extension: what it imports, and the unbound object create_app initialises. -#}
{% set chosen = [
    (["from flask_sqlalchemy import SQLAlchemy", "from sqlalchemy import MetaData", "from sqlalchemy.orm import DeclarativeBase"], "db = SQLAlchemy(model_class=Base)", sqlalchemy),
    (["from flask_alembic import Alembic"], "alembic = Alembic()", cookiecutter.__migrations == "flask-alembic"),
    (["from flask_migrate import Migrate"], "migrate = Migrate()", cookiecutter.__migrations == "flask-migrate"),
    (["from flask_pymongo import PyMongo"], "mongo = PyMongo()", cookiecutter.orm == "pymongo"),
    (["from flask_security import Security"], "# Flask-Security brings its own login manager and identities.\nsecurity = Security(password_util_cls=CommonPasswordUtil)", security),
    (["from flask_login import LoginManager"], "login_manager = LoginManager()", accounts and not security),
    (["from flask_wtf import CSRFProtect"], "csrf = CSRFProtect()", accounts and cookiecutter.__forms),
    (["from flask_caching import Cache"], "cache = Cache()", cookiecutter.__cache != "none"),
    (["from flask_marshmallow import Marshmallow"], "ma = Marshmallow()", cookiecutter.__serialization),
    (["from flask_jwt_extended import JWTManager"], "jwt = JWTManager()", cookiecutter.__jwt),
] | selectattr("2") | list -%}
"""Every Flask extension object, created unbound here and initialised in ``create_app``.

Keeping them apart from the application lets models and blueprints import them without
importing the app, and lets one process host several apps (as the tests do).
"""
{%- if chosen %}

{% for line in chosen | map(attribute="0") | sum(start=[]) | sort -%}
{{ line }}
{% endfor -%}
{% if security %}
from .passwords import CommonPasswordUtil
{% endif -%}
{% if sqlalchemy %}

class Base(DeclarativeBase):
    """Declarative base of every model."""

    # Named constraints let Alembic drop or alter them later, on every database.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )

{% endif %}
{{ chosen | map(attribute="1") | join("\n") }}
{%- endif %}
