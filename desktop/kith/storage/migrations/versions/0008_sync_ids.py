"""Sync through a folder: a global id on every shared record, and what sync has seen.

Each shared row gets a `sync_id` (a UUID, filled here for the rows already there), so
two databases can name the same person. `sync_shadow` holds every change a round has
published or applied, per record field; `sync_device` the devices heard from;
`sync_file` the log files already read, with the size read.

Revision ID: 0008
Revises: 0006
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Kept here rather than imported: a migration must not change when the app does.
_SHARED = ("person", "contact_method", "important_date", "follow_up", "interaction", "meetup")


def upgrade() -> None:
    conn = op.get_bind()
    for table in _SHARED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sync_id", sa.String(36), nullable=True))
        ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            conn.execute(
                sa.text(f"UPDATE {table} SET sync_id = :uuid WHERE id = :id"),
                [{"uuid": str(uuid.uuid4()), "id": row_id} for row_id in ids],
            )
        op.create_index(f"ix_{table}_sync_id", table, ["sync_id"], unique=True)
    op.create_table(
        "sync_shadow",
        sa.Column("record", sa.String(80), primary_key=True),
        sa.Column("field", sa.String(300), primary_key=True),
        sa.Column("hlc", sa.String(24), primary_key=True),
        sa.Column("device", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("state", sa.String(4), nullable=False),
        sa.Column("value", sa.Text, nullable=True),
        sa.Column("base", sa.Text, nullable=False, server_default="[]"),
    )
    op.create_index("ix_sync_shadow_state", "sync_shadow", ["state", "record"])
    op.create_index("ix_sync_shadow_device", "sync_shadow", ["device", "hlc"])
    op.create_table(
        "sync_device",
        sa.Column("device", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("last_hlc", sa.String(24), nullable=False, server_default=""),
        sa.Column("heard_at", sa.DateTime, nullable=True),
        sa.Column("seen", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_table(
        "sync_file",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_file")
    op.drop_table("sync_device")
    op.drop_index("ix_sync_shadow_device", "sync_shadow")
    op.drop_index("ix_sync_shadow_state", "sync_shadow")
    op.drop_table("sync_shadow")
    for table in reversed(_SHARED):
        op.drop_index(f"ix_{table}_sync_id", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sync_id")
