# Failures are counted where every worker process sees them: in Redis when it is
# configured, otherwise in the database (the local-memory cache is each process's own).
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if REDIS_URL
    else "axes.handlers.database.AxesDatabaseHandler"
)
