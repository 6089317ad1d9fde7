{% include "variants/models/" ~ cookiecutter.orm ~ ".py" ignore missing -%}
