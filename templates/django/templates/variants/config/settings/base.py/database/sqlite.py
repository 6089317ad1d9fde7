# SQLite in the project directory unless DATABASE_URL names another database.
