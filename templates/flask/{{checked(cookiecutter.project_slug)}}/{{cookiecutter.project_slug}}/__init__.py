{% set csrf_module = cookiecutter.auth != "none" and not cookiecutter.__forms -%}
{% set csrf_extension = cookiecutter.auth != "none" and cookiecutter.__forms -%}
{% set sqlalchemy = cookiecutter.orm == "sqlalchemy" -%}
{% set extension_names = ((["cache"] if cookiecutter.__cache != "none" else []) + (["csrf"] if csrf_extension else []) + (["db"] if sqlalchemy else []) + ([{"flask-migrate": "migrate", "flask-alembic": "alembic"}[cookiecutter.__migrations]] if sqlalchemy else [])) | sort -%}
{% set app_modules = [
    ("accounts", cookiecutter.auth != "none"),
    ("admin", cookiecutter.admin),
    ("api", cookiecutter.__rest_api != "none"),
    ("async_views", cookiecutter.__async_views),
    ("commands", cookiecutter.auth != "none"),
    ("csrf", csrf_module),
    ("database", cookiecutter.orm == "peewee"),
    ("feeds", cookiecutter.__feeds),
    ("mongo", cookiecutter.orm in ["mongoengine", "pymongo"]),
    ("permissions", cookiecutter.auth == "flask-principal"),
    ("ponydb", cookiecutter.orm == "pony"),
    ("posts", cookiecutter.auth != "none"),
    ("security", True),
    ("sitemap", cookiecutter.__sitemap),
] | selectattr("1") | map(attribute="0") | list -%}
"""The application factory.

The ``flask`` command and gunicorn both call ``create_app``; nothing here runs at import time,
so tests can build as many applications as they need.
"""

{% if cookiecutter.__migrations == "flask-migrate" -%}
from pathlib import Path

{% endif -%}
from flask import Flask

{% if app_modules and ("from . import " ~ app_modules | join(", ")) | length <= 100 -%}
from . import {{ app_modules | join(", ") }}
{% elif app_modules -%}
from . import (
{% for module in app_modules -%}
{{ "    " ~ module }},
{% endfor -%}
)
{% endif -%}
from .config import Config, config_from_env
{% if extension_names -%}
from .extensions import {{ extension_names | join(", ") }}
{% endif -%}
from .main import bp as main_bp
{%- if cookiecutter.__migrations == "flask-migrate" %}

# Absolute, so that ``flask db`` finds the migrations from any working directory.
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
{%- endif %}


def create_app(config: Config | None = None) -> Flask:
    """Build the application.

    ``config`` replaces the configuration that the ``APP_ENV`` environment variable selects;
    tests pass a ``TestingConfig``.
    """
    app = Flask(__name__)
    app.config.from_object(config or config_from_env())
{%- if sqlalchemy %}

    db.init_app(app)
{%- if cookiecutter.__migrations == "flask-alembic" %}
    alembic.init_app(app)
{%- else %}
    # Batch mode lets Alembic alter tables on SQLite, which supports little of ALTER TABLE.
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)
{%- endif %}
{%- elif cookiecutter.orm == "pony" %}

    ponydb.init_app(app)
{%- elif cookiecutter.orm in ["mongoengine", "pymongo"] %}

    mongo.init_app(app)
{%- elif cookiecutter.orm == "peewee" %}

    database.init_app(app)
{%- endif %}
{%- if cookiecutter.__cache != "none" %}
    cache.init_app(app)
{%- endif %}
{%- if cookiecutter.auth != "none" %}
    csrf.init_app(app)
{%- endif %}

    app.register_blueprint(main_bp)
{%- if cookiecutter.auth != "none" %}
    accounts.init_app(app)
{%- if cookiecutter.auth == "flask-principal" %}
    permissions.init_app(app)
{%- endif %}
    commands.init_app(app)
    posts.init_app(app)
{%- endif %}
{%- if cookiecutter.admin %}
    admin.init_app(app)
{%- endif %}
{%- if cookiecutter.__feeds %}
    feeds.init_app(app)
{%- endif %}
{%- if cookiecutter.__sitemap %}
    sitemap.init_app(app)
{%- endif %}
{%- if cookiecutter.__async_views %}
    async_views.init_app(app)
{%- endif %}
{%- if cookiecutter.__rest_api != "none" %}
    api.init_app(app)
{%- endif %}
    security.init_app(app)
    return app
