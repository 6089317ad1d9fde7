
# Relative SQLite paths are resolved inside the instance folder.
DEFAULT_DATABASE_URL = "sqlite:///{{ cookiecutter.project_slug }}.sqlite3"
{% if cookiecutter.orm == "sqlalchemy" %}
# SQLAlchemy reads the driver from the URL; hosting platforms hand out the bare scheme.
DRIVERS = {{ {"postgresql": '{"postgres": "postgresql+psycopg", "postgresql": "postgresql+psycopg"}', "mysql": '{"mysql": "mysql+pymysql"}', "mariadb": '{"mariadb": "mariadb+pymysql", "mysql": "mariadb+pymysql"}'}[cookiecutter.__database] }}
{% elif cookiecutter.__database == "postgresql" %}
# The usual name for PostgreSQL; hosting platforms also hand out postgres://.
DRIVERS = {"postgres": "postgresql"}
{% else %}
# {{ cookiecutter.orm | capitalize }} talks to MySQL and MariaDB alike: one mysql:// scheme.
DRIVERS = {"mariadb": "mysql"}
{% endif -%}
