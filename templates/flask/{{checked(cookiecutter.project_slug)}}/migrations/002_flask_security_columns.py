"""peewee-migrate: add what Flask-Security-Too needs, users.active and users.fs_uniquifier."""

import uuid

import peewee as pw
from peewee_migrate import Migrator


def migrate(migrator: Migrator, database: pw.Database, *, fake=False):
    migrator.add_fields(
        "users",
        active=pw.BooleanField(default=True),
        fs_uniquifier=pw.CharField(max_length=64, null=True),
    )
    # Users from before this migration each get their own value, then the column is required.
    migrator.run(fill_uniquifiers, migrator.orm["users"])
    migrator.change_fields("users", fs_uniquifier=pw.CharField(max_length=64, unique=True))


def fill_uniquifiers(users: type[pw.Model]) -> None:
    for user in users.select(users.id).where(users.fs_uniquifier.is_null()):
        users.update(fs_uniquifier=uuid.uuid4().hex).where(users.id == user.id).execute()


def rollback(migrator: Migrator, database: pw.Database, *, fake=False):
    migrator.drop_index("users", "fs_uniquifier")
    migrator.remove_fields("users", "active", "fs_uniquifier")
