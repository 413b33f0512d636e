"""A person's organisation: where they work or what they belong to, as a card names it.

Everyone already there gets an empty organisation, the same as a person added without
one, so there is one way to say "none".

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("organisation", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("organisation")
