        url = os.environ.get("TEST_DATABASE_URL") or "sqlite://"
        self.{{ cookiecutter.__database_key }} = with_driver(url)
