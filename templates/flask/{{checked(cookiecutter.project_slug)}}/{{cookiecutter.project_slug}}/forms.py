{% include "variants/forms/" ~ ("flask_wtf" if cookiecutter.__forms else "plain") ~ ".py" ignore missing -%}
