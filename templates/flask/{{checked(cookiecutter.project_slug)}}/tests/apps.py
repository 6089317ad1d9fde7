{% include "variants/tests/apps/" ~ cookiecutter.orm ~ ".py" -%}
