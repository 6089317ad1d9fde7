{% include "variants/models/" ~ cookiecutter.orm ~ ".py" -%}
