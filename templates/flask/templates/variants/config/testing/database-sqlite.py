        self.{{ cookiecutter.__database_key }} = "sqlite://"
