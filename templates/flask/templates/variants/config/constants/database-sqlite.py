
# Relative SQLite paths are resolved inside the instance folder.
DEFAULT_DATABASE_URL = "sqlite:///{{ cookiecutter.project_slug }}.sqlite3"
