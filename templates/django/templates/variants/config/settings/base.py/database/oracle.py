# SQLite in the project directory unless DATABASE_URL names another database
# (production runs on Oracle: oracle://user:password@host:1521/service).
