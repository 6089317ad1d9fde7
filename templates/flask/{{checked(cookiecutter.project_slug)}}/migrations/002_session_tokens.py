"""peewee-migrate: add users.session_token, which sessions carry and logging out replaces."""

import secrets

import peewee as pw
from peewee_migrate import Migrator


def migrate(migrator: Migrator, database: pw.Database, *, fake=False):
    migrator.add_fields("users", session_token=pw.CharField(max_length=64, null=True))
    # Users from before this migration each get their own token, then the column is required.
    migrator.run(fill_session_tokens, migrator.orm["users"])
    migrator.change_fields("users", session_token=pw.CharField(max_length=64))


def fill_session_tokens(users: type[pw.Model]) -> None:
    for user in users.select(users.id).where(users.session_token.is_null()):
        users.update(session_token=secrets.token_hex(16)).where(users.id == user.id).execute()


def rollback(migrator: Migrator, database: pw.Database, *, fake=False):
    migrator.remove_fields("users", "session_token")
