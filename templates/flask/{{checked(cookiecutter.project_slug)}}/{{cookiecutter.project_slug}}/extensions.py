{% set has_objects = cookiecutter.orm in ["sqlalchemy", "pymongo"] or cookiecutter.auth != "none" or cookiecutter.__cache != "none" or cookiecutter.__serialization or cookiecutter.__jwt -%}
"""Every Flask extension object, created unbound here and initialised in ``create_app``.

Keeping them apart from the application lets models and blueprints import them without
importing the app, and lets one process host several apps (as the tests do).
"""
{%- if has_objects %}

{% endif -%}
{% if cookiecutter.__migrations == "flask-alembic" -%}
from flask_alembic import Alembic
{% endif -%}
{% if cookiecutter.__cache != "none" -%}
from flask_caching import Cache
{% endif -%}
{% if cookiecutter.__jwt -%}
from flask_jwt_extended import JWTManager
{% endif -%}
{% if cookiecutter.auth in ["flask-login", "flask-principal"] -%}
from flask_login import LoginManager
{% endif -%}
{% if cookiecutter.__serialization -%}
from flask_marshmallow import Marshmallow
{% endif -%}
{% if cookiecutter.__migrations == "flask-migrate" -%}
from flask_migrate import Migrate
{% elif cookiecutter.orm == "pymongo" -%}
from flask_pymongo import PyMongo
{% endif -%}
{% if cookiecutter.auth == "flask-security" -%}
from flask_security import Security
{% endif -%}
{% if cookiecutter.orm == "sqlalchemy" -%}
from flask_sqlalchemy import SQLAlchemy
{% endif -%}
{% if cookiecutter.auth != "none" and cookiecutter.__forms -%}
from flask_wtf import CSRFProtect
{% endif -%}
{% if cookiecutter.orm == "sqlalchemy" -%}
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase
{% endif -%}
{% if cookiecutter.auth == "flask-security" %}
from .passwords import CommonPasswordUtil
{% endif -%}
{% if cookiecutter.orm == "sqlalchemy" %}

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


db = SQLAlchemy(model_class=Base)
{%- if cookiecutter.__migrations == "flask-alembic" %}
alembic = Alembic()
{%- else %}
migrate = Migrate()
{%- endif %}
{%- elif cookiecutter.orm == "pymongo" %}
mongo = PyMongo()
{%- endif %}
{%- if cookiecutter.auth == "flask-security" %}
# Flask-Security brings its own Flask-Login manager and Flask-Principal.
security = Security(password_util_cls=CommonPasswordUtil)
{%- elif cookiecutter.auth != "none" %}
login_manager = LoginManager()
{%- endif %}
{%- if cookiecutter.auth != "none" and cookiecutter.__forms %}
csrf = CSRFProtect()
{%- endif %}
{%- if cookiecutter.__cache != "none" %}
cache = Cache()
{%- endif %}
{%- if cookiecutter.__serialization %}
ma = Marshmallow()
{%- endif %}
{%- if cookiecutter.__jwt %}
jwt = JWTManager()
{%- endif %}
