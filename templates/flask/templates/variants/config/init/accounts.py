        # accounts/throttle.py: this many failed logins within the window lock the account, and
        # the client address, out until the window ends.
        self.LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT") or 5)
        self.LOGIN_FAILURE_WINDOW = int(os.environ.get("LOGIN_FAILURE_WINDOW") or 900)
{%- if cookiecutter.__cache == "redis" %}
        # Counted in Redis when REDIS_URL is set, else in LOGIN_FAILURE_DATABASE (SQLite).
        self.LOGIN_FAILURE_REDIS_URL = os.environ.get("REDIS_URL")
{%- endif %}
        # A SQLite URI; by default a file in the instance folder.
        self.LOGIN_FAILURE_DATABASE = os.environ.get("LOGIN_FAILURE_DATABASE")
