{% include "variants/api/urls.py/" ~ cookiecutter.rest_api ~ ".py" ignore missing -%}
