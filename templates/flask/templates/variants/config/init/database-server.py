        url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
        self.{{ cookiecutter.__database_key }} = with_driver(url)
