
    # Flask-Caching keeps the rendered feeds in each worker process's memory.
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 3600
