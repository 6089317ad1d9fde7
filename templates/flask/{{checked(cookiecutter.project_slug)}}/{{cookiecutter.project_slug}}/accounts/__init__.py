{% include "variants/accounts/__init__/" ~ ("flask-security" if cookiecutter.auth == "flask-security" else "flask-login") ~ ".py" ignore missing -%}
