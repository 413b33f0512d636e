"""What reminders were delivered, so each is delivered once.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from kith.storage.schema import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_delivery",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("delivered_at", UTCDateTime, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_reminder_delivery_at", "reminder_delivery", ["delivered_at"])


def downgrade() -> None:
    op.drop_index("ix_reminder_delivery_at", "reminder_delivery")
    op.drop_table("reminder_delivery")
