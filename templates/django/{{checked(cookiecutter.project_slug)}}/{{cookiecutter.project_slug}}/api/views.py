{% include "variants/api/views.py/" ~ cookiecutter.rest_api ~ ".py" ignore missing -%}
