{% include "variants/users/models.py/" ~ cookiecutter.username_type ~ ".py" -%}
