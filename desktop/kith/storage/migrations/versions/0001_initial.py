"""The first schema: people, circles, interests, interactions, follow-ups, dates, meetups.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kith.storage.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "circle",
        sa.Column("key", sa.String(16), primary_key=True),
        sa.Column("rhythm_days", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.CheckConstraint("rhythm_days BETWEEN 1 AND 730", name="ck_circle_rhythm"),
    )
    op.bulk_insert(
        sa.table(
            "circle",
            sa.column("key", sa.String),
            sa.column("rhythm_days", sa.Integer),
            sa.column("position", sa.Integer),
        ),
        [
            {"key": "inner", "rhythm_days": 7, "position": 0},
            {"key": "close", "rhythm_days": 14, "position": 1},
            {"key": "friends", "rhythm_days": 30, "position": 2},
            {"key": "wider", "rhythm_days": 90, "position": 3},
        ],
    )
    op.create_table(
        "interest",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("nickname", sa.String(200)),
        sa.Column("circle", sa.String(16), sa.ForeignKey("circle.key"), nullable=False),
        sa.Column("rhythm_days", sa.Integer),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("lean_on", sa.Boolean, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("card_uid", sa.String(255)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("last_in_person_on", sa.Date),
        sa.Column("last_talked_on", sa.Date),
        sa.CheckConstraint(
            "rhythm_days IS NULL OR rhythm_days BETWEEN 1 AND 730", name="ck_rhythm"
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_person_name"),
    )
    op.create_index("ix_person_card_uid", "person", ["card_uid"])
    op.create_index("ix_person_tending", "person", ["archived", "last_in_person_on"])
    op.create_index("ix_person_name", "person", ["name"])
    op.create_table(
        "person_interest",
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "interest_id",
            sa.Integer,
            sa.ForeignKey("interest.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_person_interest_interest", "person_interest", ["interest_id"])
    op.create_table(
        "me_interest",
        sa.Column(
            "interest_id",
            sa.Integer,
            sa.ForeignKey("interest.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_table(
        "contact_method",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("label", sa.String(60), nullable=False),
    )
    op.create_index("ix_contact_method_person_id", "contact_method", ["person_id"])
    op.create_table(
        "important_date",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("month", sa.Integer, nullable=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer),
        sa.CheckConstraint("month BETWEEN 1 AND 12 AND day BETWEEN 1 AND 31", name="ck_date_parts"),
    )
    op.create_index("ix_important_date_person_id", "important_date", ["person_id"])
    op.create_index("ix_important_date_month_day", "important_date", ["month", "day"])
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("done_at", UTCDateTime),
    )
    op.create_index("ix_follow_up_person_id", "follow_up", ["person_id"])
    op.create_table(
        "meetup",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(255), nullable=False, unique=True),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("starts_at", UTCDateTime),
        sa.Column("on_day", sa.Date),
        sa.Column("tzid", sa.String(64), nullable=False),
        sa.Column("duration_minutes", sa.Integer),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("alarm_minutes", sa.Integer),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.CheckConstraint(
            "NOT (starts_at IS NOT NULL AND on_day IS NOT NULL)", name="ck_one_time"
        ),
    )
    op.create_index("ix_meetup_status", "meetup", ["status"])
    op.create_index("ix_meetup_starts_at", "meetup", ["starts_at"])
    op.create_index("ix_meetup_on_day", "meetup", ["on_day"])
    op.create_table(
        "meetup_person",
        sa.Column(
            "meetup_id",
            sa.Integer,
            sa.ForeignKey("meetup.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_meetup_person_person", "meetup_person", ["person_id"])
    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("meetup_id", sa.Integer, sa.ForeignKey("meetup.id", ondelete="SET NULL")),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_interaction_meetup_id", "interaction", ["meetup_id"])
    op.create_index("ix_interaction_when", "interaction", ["occurred_on", "mode"])
    op.create_table(
        "interaction_person",
        sa.Column(
            "interaction_id",
            sa.Integer,
            sa.ForeignKey("interaction.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index(
        "ix_interaction_person_person", "interaction_person", ["person_id", "interaction_id"]
    )


def downgrade() -> None:
    for table in (
        "interaction_person",
        "interaction",
        "meetup_person",
        "meetup",
        "follow_up",
        "important_date",
        "contact_method",
        "me_interest",
        "person_interest",
        "person",
        "interest",
        "circle",
    ):
        op.drop_table(table)
