        # Failed logins counted in a private in-memory database, so tests do not lock each other.
{%- if cookiecutter.__cache == "redis" %}
        self.LOGIN_FAILURE_REDIS_URL = None
{%- endif %}
        name = f"login-failures-{uuid.uuid4().hex}"
        self.LOGIN_FAILURE_DATABASE = f"file:{name}?mode=memory&cache=shared"
