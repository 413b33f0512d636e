"""Groups join sync: a global id on every group, and a name no longer unique in the file.

Two computers can each make a group called "Family" before they first sync; both groups
and their people must survive, so the database stops refusing the second one. Making or
renaming a group here still refuses a name already taken (the service checks, in any
case). Ties need no id of their own: a tie is one per pair, named by its two people.

A person's card UID (what an export gives someone with no UID of their own) is made from
their sync id from now on, so every computer gives one person the same card. People
already here keep the UID their exports had, made from the local row id: it becomes
their own (`card_uid`), and sync shares it. Only for the people made here, not for those
a sync round brought from another computer, whose UID their own computer shares.

The table is rebuilt to lose the unique name; its memberships are kept aside meanwhile,
since dropping the old table removes them (foreign keys are on during migrations).

Revision ID: 0009
Revises: 0008
"""

import json
import uuid
from datetime import UTC, datetime

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
    columns: list[sa.Column[object]] = [
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


# As `interchange.vcard_write` made card UIDs before this revision; kept here, not imported.
_CARD_NAMESPACE = uuid.UUID("1b0e3c1e-5f7e-4a0a-8f56-3c9d7d0f4b21")


def _old_card_uid(person_id: int, created_at: object) -> str:
    moment = (
        created_at if isinstance(created_at, datetime) else datetime.fromisoformat(str(created_at))
    )
    made = moment.replace(tzinfo=UTC).isoformat()
    return f"urn:uuid:{uuid.uuid5(_CARD_NAMESPACE, f'{person_id}/{made}')}"


def _keep_card_uids() -> None:
    conn = op.get_bind()
    raw = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'sync.device_id'")).scalar()
    device = json.loads(raw) if raw else ""
    # Who made each person, as far as sync knows: a person another device made has the
    # UID that device's exports gave, and that device shares it.
    made_by: dict[str, str] = dict(
        conn.execute(
            sa.text(
                "SELECT record, device FROM sync_shadow WHERE field = '_alive' AND kind = 'person'"
                " AND state = 'win'"
            )
        ).all()
    )
    rows = conn.execute(
        sa.text("SELECT id, created_at, sync_id FROM person WHERE card_uid IS NULL")
    ).all()
    kept = [
        {"id": pid, "uid": _old_card_uid(pid, created)}
        for pid, created, sync_id in rows
        if made_by.get(sync_id, device) == device
    ]
    if kept:
        conn.execute(sa.text("UPDATE person SET card_uid = :uid WHERE id = :id"), kept)


def upgrade() -> None:
    _rebuild(unique_name=False, with_sync_id=True)
    _keep_card_uids()


def downgrade() -> None:
    op.drop_index("ix_person_group_sync_id", "person_group")
    _rebuild(unique_name=True, with_sync_id=False)
