{% include "variants/posts/store/" ~ cookiecutter.orm ~ ".py" ignore missing -%}
