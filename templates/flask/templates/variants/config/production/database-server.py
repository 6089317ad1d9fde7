        if not os.environ.get("DATABASE_URL"):
            raise ConfigError(
                "DATABASE_URL is missing: set it to the {{ {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}[cookiecutter.__database] }} database's URL, "
                "e.g. {{ cookiecutter.__database }}://user:password@host/{{ cookiecutter.project_slug }}"
            )
