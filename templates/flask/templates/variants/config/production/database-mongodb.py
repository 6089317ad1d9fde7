        if not os.environ.get("MONGODB_URI"):
            raise ConfigError(
                "MONGODB_URI is missing: set it to the MongoDB database's URI, "
                "e.g. mongodb://user:password@host:27017/{{ cookiecutter.project_slug }}"
            )
