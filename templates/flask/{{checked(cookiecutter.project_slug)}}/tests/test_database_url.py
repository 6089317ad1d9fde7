"""DATABASE_URL names the database server production needs, with the installed driver."""

import os

from {{ cookiecutter.project_slug }}.config import ProductionConfig, with_driver
from tests.base import ProductionTestCase


class DatabaseUrlTests(ProductionTestCase):
    def test_production_refuses_a_missing_database_url(self):
        del os.environ["DATABASE_URL"]

        with self.assertRaisesRegex(RuntimeError, "DATABASE_URL"):
            ProductionConfig()

    def test_database_url_gets_the_installed_driver(self):
        for url, expected in [
{%- if cookiecutter.orm in ["peewee", "pony"] and cookiecutter.database == "postgresql" %}
            ("postgres://u:p@host/db", "postgresql://u:p@host/db"),
            ("postgresql://u:p@host/db", "postgresql://u:p@host/db"),
{%- elif cookiecutter.orm in ["peewee", "pony"] %}
            ("mariadb://u:p@host/db", "mysql://u:p@host/db"),
            ("mysql://u:p@host/db", "mysql://u:p@host/db"),
{%- elif cookiecutter.database == "postgresql" %}
            ("postgres://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
            ("postgresql://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
            ("postgresql+psycopg://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
{%- elif cookiecutter.database == "mysql" %}
            ("mysql://u:p@host/db", "mysql+pymysql://u:p@host/db"),
            ("mysql+pymysql://u:p@host/db", "mysql+pymysql://u:p@host/db"),
{%- else %}
            ("mariadb://u:p@host/db", "mariadb+pymysql://u:p@host/db"),
            ("mysql://u:p@host/db", "mariadb+pymysql://u:p@host/db"),
{%- endif %}
            ("sqlite:///app.sqlite3", "sqlite:///app.sqlite3"),
        ]:
            with self.subTest(url=url):
                self.assertEqual(with_driver(url), expected)
