
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
