"""Create the users and posts tables (peewee-migrate)."""

import peewee as pw
from peewee_migrate import Migrator


def migrate(migrator: Migrator, database: pw.Database, *, fake=False):
    @migrator.create_model
    class User(pw.Model):
        id = pw.AutoField()
        username = pw.CharField(max_length=80, unique=True)
        email = pw.CharField(max_length=255, unique=True)
        password_hash = pw.CharField(max_length=255)
        is_staff = pw.BooleanField(default=False)
        created_at = pw.DateTimeField()

        class Meta:
            table_name = "users"

    @migrator.create_model
    class Post(pw.Model):
        id = pw.AutoField()
        title = pw.CharField(max_length=200)
        body = pw.TextField()
        author = pw.ForeignKeyField(
            column_name="author_id",
            field="id",
            model=migrator.orm["users"],
            on_delete="CASCADE",
        )
        created = pw.DateTimeField(index=True)

        class Meta:
            table_name = "posts"


def rollback(migrator: Migrator, database: pw.Database, *, fake=False):
    migrator.remove_model("posts")
    migrator.remove_model("users")
