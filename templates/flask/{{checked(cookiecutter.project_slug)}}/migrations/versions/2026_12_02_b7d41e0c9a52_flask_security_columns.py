"""Add the columns Flask-Security-Too needs: users.active and users.fs_uniquifier.

Revision ID: b7d41e0c9a52
Revises: 4f1c2a9e7b3d
Create Date: 2026-12-02 10:00:00.000000
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "b7d41e0c9a52"
down_revision = "4f1c2a9e7b3d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("fs_uniquifier", sa.String(length=64), nullable=True))
    # Users from before this revision each get their own value, then the column is required.
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("fs_uniquifier", sa.String))
    connection = op.get_bind()
    for (user_id,) in connection.execute(sa.select(users.c.id)):
        connection.execute(
            users.update().where(users.c.id == user_id).values(fs_uniquifier=uuid.uuid4().hex)
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("fs_uniquifier", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_users_fs_uniquifier"), ["fs_uniquifier"])


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_users_fs_uniquifier"), type_="unique")
        batch_op.drop_column("fs_uniquifier")
        batch_op.drop_column("active")
