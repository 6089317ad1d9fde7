
    # Flask-Login's "remember me" cookie{% if cookiecutter.auth == "flask-security" %} (Flask-Security's too){% endif %}: attributes as the session's.
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
