{% include "variants/database/" ~ cookiecutter.orm ~ ".py" ignore missing -%}
