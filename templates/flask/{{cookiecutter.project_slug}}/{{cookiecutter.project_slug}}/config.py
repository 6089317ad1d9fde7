"""Configuration classes, one per environment, chosen by the ``APP_ENV`` environment variable.

Values that differ between deployments (secrets, the database) come from environment variables
and are read when a configuration is instantiated, not at import time. The ``flask`` command
also reads them from ``.env``; gunicorn does not, so production sets real variables.
"""

import os

# The value .env.example ships with; production refuses to start with it.
PLACEHOLDER_SECRET = "change-me"

# Relative SQLite paths are resolved by Flask-SQLAlchemy inside the instance folder.
DEFAULT_DATABASE_URL = "sqlite:///{{ cookiecutter.project_slug }}.sqlite3"


class Config:
    """Settings shared by every environment."""

    PROJECT_NAME = {{ cookiecutter.project_name | python_string }}
    PROJECT_DESCRIPTION = {{ cookiecutter.description | python_string }}

    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"

    def __init__(self) -> None:
        self.SECRET_KEY = os.environ.get("SECRET_KEY", "")
        self.SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL


class DevelopmentConfig(Config):
    """Local development: debug mode, and a fixed key when ``.env`` does not set one."""

    DEBUG = True

    def __init__(self) -> None:
        super().__init__()
        self.SECRET_KEY = self.SECRET_KEY or "dev"


class TestingConfig(Config):
    """The test suite: an in-memory database, whatever the environment says."""

    __test__ = False  # a configuration, not a test class, despite the name pytest looks for

    TESTING = True

    def __init__(self) -> None:
        super().__init__()
        self.SECRET_KEY = "testing"
        self.SQLALCHEMY_DATABASE_URI = "sqlite://"


class ProductionConfig(Config):
    """Production: refuses to start without a real secret key; cookies only over HTTPS."""

    SESSION_COOKIE_SECURE = True

    def __init__(self) -> None:
        super().__init__()
        if self.SECRET_KEY in ("", PLACEHOLDER_SECRET):
            raise RuntimeError(
                "SECRET_KEY is missing or still the placeholder: set the SECRET_KEY environment "
                'variable to a long random value, e.g. python -c "import secrets; '
                'print(secrets.token_urlsafe(50))"'
            )


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def config_from_env() -> Config:
    """The configuration ``APP_ENV`` names; production when unset, so a bare server is safe."""
    name = os.environ.get("APP_ENV") or "production"
    if name not in CONFIGS:
        raise RuntimeError(f"APP_ENV is {name!r}; expected one of: {', '.join(CONFIGS)}")
    return CONFIGS[name]()
