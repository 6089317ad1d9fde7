
DEFAULT_MONGODB_URI = "mongodb://localhost:27017/{{ cookiecutter.project_slug }}"
