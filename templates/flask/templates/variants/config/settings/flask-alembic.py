
    # Flask-Alembic: the revisions in migrations/versions/, found from any working directory.
    ALEMBIC = {
        "script_location": str(MIGRATIONS_DIR),
        "version_locations": [str(MIGRATIONS_DIR / "versions")],
    }
    # Batch mode lets Alembic alter tables on SQLite, which supports little of ALTER TABLE.
    ALEMBIC_CONTEXT = {"render_as_batch": True}
