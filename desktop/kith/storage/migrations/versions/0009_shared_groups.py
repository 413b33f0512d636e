"""Groups join sync: a global id on every group, and a name no longer unique in the file.

Two computers can each make a group called "Family" before they first sync; both groups
and their people must survive, so the database stops refusing the second one. Making or
renaming a group here still refuses a name already taken (the service checks, in any
case). Ties need no id of their own: a tie is one per pair, named by its two people.

The table is rebuilt to lose the unique name; its memberships are kept aside meanwhile,
since dropping the old table removes them (foreign keys are on during migrations).

Revision ID: 0009
Revises: 0008
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _rebuild(*, unique_name: bool, with_sync_id: bool) -> None:
    conn = op.get_bind()
    members = conn.execute(sa.text("SELECT group_id, person_id FROM group_member")).all()
    groups = conn.execute(sa.text("SELECT id, name FROM person_group ORDER BY id")).all()
    columns = [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=unique_name),
    ]
    if with_sync_id:
        columns.append(sa.Column("sync_id", sa.String(36), nullable=True))
    op.create_table(
        "person_group_new",
        *columns,
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_group_name"),
    )
    if groups:
        taken: set[str] = set()
        rows = []
        for gid, name in groups:
            if unique_name and name in taken:  # two groups of one name, from two devices
                name = f"{name[:90]} #{gid}"
            taken.add(name)
            row = {"id": gid, "name": name}
            if with_sync_id:
                row["sync_id"] = str(uuid.uuid4())
            rows.append(row)
        names = ", ".join(rows[0])
        conn.execute(
            sa.text(
                f"INSERT INTO person_group_new ({names}) VALUES "
                f"({', '.join(':' + n for n in rows[0])})"
            ),
            rows,
        )
    op.drop_table("person_group")
    op.rename_table("person_group_new", "person_group")
    if with_sync_id:
        op.create_index("ix_person_group_sync_id", "person_group", ["sync_id"], unique=True)
    if members:
        conn.execute(
            sa.text("INSERT INTO group_member (group_id, person_id) VALUES (:g, :p)"),
            [{"g": g, "p": p} for g, p in members],
        )


def upgrade() -> None:
    _rebuild(unique_name=False, with_sync_id=True)


def downgrade() -> None:
    op.drop_index("ix_person_group_sync_id", "person_group")
    _rebuild(unique_name=True, with_sync_id=False)
