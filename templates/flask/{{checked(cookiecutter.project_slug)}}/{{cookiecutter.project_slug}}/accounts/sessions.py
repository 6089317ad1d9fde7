{% include "variants/accounts/sessions/" ~ ("flask-security" if cookiecutter.auth == "flask-security" else "flask-login") ~ ".py" ignore missing -%}
