        self.MONGODB_URI = "mongodb://localhost:27017/{{ cookiecutter.project_slug }}_test"
