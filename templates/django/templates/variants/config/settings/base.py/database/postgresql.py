# SQLite in the project directory unless DATABASE_URL names another database
# (production runs on PostgreSQL: postgres://user:password@host:5432/name).
