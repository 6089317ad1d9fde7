{% include "variants/users/urls.py/" ~ cookiecutter.username_type ~ ".py" -%}
