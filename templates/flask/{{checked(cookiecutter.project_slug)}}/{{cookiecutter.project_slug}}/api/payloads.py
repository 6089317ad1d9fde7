{% include "variants/api/payloads/" ~ ("marshmallow" if cookiecutter.__serialization else "plain") ~ ".py" -%}
