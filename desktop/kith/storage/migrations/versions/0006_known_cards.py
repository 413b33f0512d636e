"""The other vCard UIDs a person is known by: cards merged into them, and merged people's.

A person keeps one UID of their own (written on export); a card merged into them, or a
person merged with them, brings another, and reading that card again must find them.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "known_card",
        sa.Column("uid", sa.String(255), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_index("ix_known_card_person_id", "known_card", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_known_card_person_id", "known_card")
    op.drop_table("known_card")
