{% include "variants/users/admin.py/" ~ cookiecutter.username_type ~ ".py" -%}
