"""People not sorted into a circle yet: a circle row they can belong to.

Everyone keeps the circle they had. The row's rhythm is never read (people not sorted
yet have no rhythm and are never due); it is the longest allowed only because the
column must hold one.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CIRCLE = sa.table(
    "circle",
    sa.column("key", sa.String),
    sa.column("rhythm_days", sa.Integer),
    sa.column("position", sa.Integer),
)


def upgrade() -> None:
    op.bulk_insert(_CIRCLE, [{"key": "unsorted", "rhythm_days": 730, "position": 4}])


def downgrade() -> None:
    # Nobody may be left pointing at the row: they go back to the wider circle.
    op.execute("UPDATE person SET circle = 'wider' WHERE circle = 'unsorted'")
    op.execute("DELETE FROM circle WHERE key = 'unsorted'")
