{% include "variants/api/authentication.py/" ~ cookiecutter.rest_api ~ ".py" ignore missing -%}
