# Failures are counted where every worker process sees them: in Memcached when it is
# configured, otherwise in the database (the local-memory cache is each process's own).
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if MEMCACHED_LOCATION
    else "axes.handlers.database.AxesDatabaseHandler"
)
