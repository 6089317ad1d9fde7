# SQLite in the project directory unless DATABASE_URL names another database
# (production runs on MySQL: mysql://user:password@host:3306/name).
