{% include "variants/users/migrations/0001_initial.py/" ~ cookiecutter.username_type ~ ".py" -%}
