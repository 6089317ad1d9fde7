{% include "variants/api/views/" ~ cookiecutter.__rest_api | replace("flask-", "") ~ ".py" ignore missing -%}
