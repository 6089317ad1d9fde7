{% include "variants/users/forms.py/" ~ cookiecutter.username_type ~ ".py" -%}
