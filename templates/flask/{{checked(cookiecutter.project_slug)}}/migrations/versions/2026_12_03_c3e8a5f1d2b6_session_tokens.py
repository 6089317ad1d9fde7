"""Add users.session_token, which sessions carry and logging out replaces.

Revision ID: c3e8a5f1d2b6
Revises: 4f1c2a9e7b3d
Create Date: 2026-12-03 09:00:00.000000
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "c3e8a5f1d2b6"
down_revision = "4f1c2a9e7b3d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_token", sa.String(length=64), nullable=True))
    # Users from before this revision each get their own token, then the column is required.
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("session_token", sa.String))
    connection = op.get_bind()
    for (user_id,) in connection.execute(sa.select(users.c.id)):
        connection.execute(
            users.update().where(users.c.id == user_id).values(session_token=secrets.token_hex(16))
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("session_token", existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("session_token")
