# Failures are counted in the database: the local-memory cache is not shared between workers.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
