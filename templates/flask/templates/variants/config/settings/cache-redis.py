
    # Flask-Caching keeps the rendered feeds in Redis, shared by every worker.
    CACHE_TYPE = "RedisCache"
    CACHE_KEY_PREFIX = "{{ cookiecutter.project_slug }}:"
    CACHE_DEFAULT_TIMEOUT = 3600
