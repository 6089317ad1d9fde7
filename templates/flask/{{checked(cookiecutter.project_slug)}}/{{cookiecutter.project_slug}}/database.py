{% include "variants/database/" ~ cookiecutter.orm ~ ".py" -%}
