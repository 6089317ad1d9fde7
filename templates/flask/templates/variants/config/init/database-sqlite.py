        self.{{ cookiecutter.__database_key }} = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
