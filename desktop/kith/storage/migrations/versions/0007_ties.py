"""Ties between people (partner, parent/child, friends…) and named groups of people.

A tie is stored once per pair, the lower person id first; removing either person removes
it, and removing a person or a group removes their memberships.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tie",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "other_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("person_id", "other_id", name="uq_tie_pair"),
        sa.CheckConstraint("person_id < other_id", name="ck_tie_order"),
    )
    op.create_index("ix_tie_other_id", "tie", ["other_id"])
    op.create_table(
        "person_group",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_group_name"),
    )
    op.create_table(
        "group_member",
        sa.Column(
            "group_id",
            sa.Integer,
            sa.ForeignKey("person_group.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_group_member_person", "group_member", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_group_member_person", "group_member")
    op.drop_table("group_member")
    op.drop_table("person_group")
    op.drop_index("ix_tie_other_id", "tie")
    op.drop_table("tie")
