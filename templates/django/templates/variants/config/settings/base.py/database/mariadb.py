# SQLite in the project directory unless DATABASE_URL names another database
# (production runs on MariaDB: mysql://user:password@host:3306/name).
