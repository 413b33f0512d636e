"""Sync keeps one row per shared record, and a journal of the records changed here.

`sync_shadow` held one row per change of each field: at 5,000 people a million rows, and
the database grew fourteenfold. `sync_record` holds each record's changes packed into one
JSON text, with `own` (the newest time of this device's changes in it, for publishing)
and `lost` (it holds a conflict). `sync_journal` names the records written since the
last round, filled by triggers on every shared table, so a round compares only those;
"*" asks for a comparison of everything (set here: changes made before this upgrade).

Revision ID: 0010
Revises: 0008
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Kept here rather than imported: a migration must not change when the app does.
# Tables with a sync_id: the record is the row.
_RECORDS = ("person", "contact_method", "important_date", "follow_up", "interaction", "meetup")
# Link tables: (table, column naming the owner row, owner table).
_LINKS = (
    ("person_interest", "person_id", "person"),
    ("known_card", "person_id", "person"),
    ("meetup_person", "meetup_id", "meetup"),
    ("interaction_person", "interaction_id", "interaction"),
    ("group_member", "group_id", "group"),
)
# Tables whose record kind is not the table's name.
_KINDS = {"person_group": "group"}
_CODE = {"win": "w", "lost": "l", "gone": "g"}


_ON = "(SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"')"


def journal_triggers() -> dict[str, str]:
    """Trigger name -> SQL. A row is named by its sync id, or "#table:id" when it has
    none yet (or for a link row, by its owner row)."""
    made: dict[str, str] = {}
    # Not INSERT OR IGNORE: a foreign key's cascade runs a trigger under its own
    # conflict policy, and a second link row of one owner would then fail.
    # Only while this database syncs (`sync.journal` is "on"): one that never syncs pays
    # nothing, and its first round compares everything anyway.
    note = (
        "INSERT INTO sync_journal (entry) SELECT {0} "
        f"WHERE EXISTS {_ON} "
        "AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = {0})"
    )
    for table in (*_RECORDS, *_KINDS):
        kind = _KINDS.get(table, table)
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            entry = f"coalesce({row}.sync_id, '#{kind}:' || {row}.id)"
            made[f"sync_journal_{table}_{event}"] = (
                f"CREATE TRIGGER sync_journal_{table}_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN {note.format(entry)}; END"
            )
    for table, owner, owner_table in _LINKS:
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            entry = f"'#{owner_table}:' || {row}.{owner}"
            made[f"sync_journal_{table}_{event}"] = (
                f"CREATE TRIGGER sync_journal_{table}_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN {note.format(entry)}; END"
            )
    # A tie is named by its two people's sync ids (its record is made from them). When
    # they are gone already (a person's delete cascading), everything is compared.
    for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        ends = (
            f"'#tie:' || (SELECT sync_id FROM person WHERE id = {row}.person_id) || ' ' || "
            f"(SELECT sync_id FROM person WHERE id = {row}.other_id)"
        )
        made[f"sync_journal_tie_{event}"] = (
            f"CREATE TRIGGER sync_journal_tie_{event} AFTER {event.upper()} ON tie "
            f"BEGIN {note.format(f'coalesce({ends}, {chr(39)}*{chr(39)})')}; END"
        )
    for event in ("insert", "delete"):
        made[f"sync_journal_me_interest_{event}"] = (
            f"CREATE TRIGGER sync_journal_me_interest_{event} AFTER {event.upper()} "
            f"ON me_interest BEGIN {note.format(repr('me'))}; END"
        )
    made["sync_journal_circle_update"] = (
        "CREATE TRIGGER sync_journal_circle_update AFTER UPDATE ON circle "
        f"BEGIN {note.format(chr(39) + 'circle:' + chr(39) + ' || NEW.key')}; END"
    )
    # Interests are shared by name: a renamed one changes everyone who has it.
    made["sync_journal_interest_update"] = (
        "CREATE TRIGGER sync_journal_interest_update AFTER UPDATE OF name ON interest BEGIN "
        "INSERT INTO sync_journal (entry) SELECT DISTINCT '#person:' || person_id "
        f"FROM person_interest WHERE EXISTS {_ON} AND interest_id = NEW.id "
        "AND '#person:' || person_id "
        "NOT IN (SELECT entry FROM sync_journal); "
        "INSERT INTO sync_journal (entry) SELECT 'me' FROM me_interest "
        f"WHERE EXISTS {_ON} AND interest_id = NEW.id "
        "AND 'me' NOT IN (SELECT entry FROM sync_journal); END"
    )
    return made


def _pack(rows: list[tuple[str, str, str, str, str | None, str]]) -> str:
    """One record's shadow rows (field, hlc, device, state, value, base) packed as
    `services.sync_shadow.pack` does."""
    ids: dict[tuple[str, str], int] = {}

    def index(cid: tuple[str, str]) -> int:
        return ids.setdefault(cid, len(ids))

    index((rows[0][1], rows[0][2]))
    by_field: dict[str, list[tuple[str, str, str, str | None, str]]] = {}
    for name, hlc, device, state, value, base in rows:
        by_field.setdefault(name, []).append((hlc, device, state, value, base))
    plain: dict[str, object] = {}
    listed: dict[str, list[list[object]]] = {}
    for name, changes in by_field.items():
        if len(changes) == 1:
            hlc, device, state, value, base = changes[0]
            if state == "win" and index((hlc, device)) == 0 and base == "[]" and value is not None:
                plain[name] = json.loads(value)
                continue
        entries: list[list[object]] = []
        for hlc, device, state, value, base in changes:
            replaced = [index((str(h), str(d))) for h, d in json.loads(base or "[]")]
            entry: list[object] = [index((hlc, device)), _CODE[state], replaced]
            if value is not None and state != "gone":
                entry.append(json.loads(value))
            entries.append(entry)
        listed[name] = entries
    packed: dict[str, object] = {"c": [list(cid) for cid in ids]}
    if plain:
        packed["v"] = plain
    if listed:
        packed["f"] = listed
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "sync_record",
        sa.Column("record", sa.String(80), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("own", sa.String(24), nullable=False, server_default=""),
        sa.Column("lost", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fields", sa.Text, nullable=False),
    )
    op.create_index("ix_sync_record_own", "sync_record", ["own"], sqlite_where=sa.text("own != ''"))
    op.create_index(
        "ix_sync_record_lost", "sync_record", ["lost"], sqlite_where=sa.text("lost = 1")
    )
    op.create_table(
        "sync_journal",
        sa.Column("entry", sa.String(120), primary_key=True),
    )
    raw = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'sync.device_id'")).scalar()
    device = json.loads(raw) if raw else ""
    rows = conn.execute(
        sa.text(
            "SELECT record, kind, field, hlc, device, state, value, base FROM sync_shadow "
            "ORDER BY record, hlc, device, field"
        )
    )
    batch: list[dict[str, object]] = []
    current: str | None = None
    kind = ""
    fields: list[tuple[str, str, str, str, str | None, str]] = []

    def flush() -> None:
        if current is None:
            return
        own = max((hlc for _f, hlc, dev, *_rest in fields if dev == device), default="")
        lost = int(any(state == "lost" for *_head, state, _v, _b in fields))
        batch.append(
            {"record": current, "kind": kind, "own": own, "lost": lost, "fields": _pack(fields)}
        )

    insert = sa.text(
        "INSERT INTO sync_record (record, kind, own, lost, fields) "
        "VALUES (:record, :kind, :own, :lost, :fields)"
    )
    for record, row_kind, name, hlc, dev, state, value, base in rows:
        if record != current:
            flush()
            if len(batch) >= 1000:
                conn.execute(insert, batch)
                batch.clear()
            current, kind, fields = record, row_kind, []
        fields.append((name, hlc, dev, state, value, base))
    flush()
    if batch:
        conn.execute(insert, batch)
    op.drop_index("ix_sync_shadow_device", "sync_shadow")
    op.drop_index("ix_sync_shadow_state", "sync_shadow")
    op.drop_table("sync_shadow")
    for sql in journal_triggers().values():
        conn.execute(sa.text(sql))
    conn.execute(sa.text("INSERT INTO sync_journal (entry) VALUES ('*')"))


def downgrade() -> None:
    conn = op.get_bind()
    for name in journal_triggers():
        conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
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
    states = {code: state for state, code in _CODE.items()}
    for record, kind, text in conn.execute(
        sa.text("SELECT record, kind, fields FROM sync_record")
    ).all():
        packed = json.loads(text)
        ids = [tuple(c) for c in packed["c"]]
        out: list[tuple[str, tuple[str, ...], str, str | None, str]] = []
        for name, value in packed.get("v", {}).items():
            out.append((name, ids[0], "win", json.dumps(value), "[]"))
        for name, entries in packed.get("f", {}).items():
            for entry in entries:
                value = json.dumps(entry[3]) if len(entry) > 3 else None
                base = json.dumps([list(ids[b]) for b in entry[2]])
                out.append((name, ids[entry[0]], states[entry[1]], value, base))
        if out:
            conn.execute(
                sa.text(
                    "INSERT INTO sync_shadow (record, field, hlc, device, kind, state, value, "
                    "base) VALUES (:r, :f, :h, :d, :k, :s, :v, :b)"
                ),
                [
                    {"r": record, "f": n, "h": c[0], "d": c[1], "k": kind, "s": st, "v": v, "b": b}
                    for n, c, st, v, b in out
                ],
            )
    op.drop_table("sync_journal")
    op.drop_index("ix_sync_record_lost", "sync_record")
    op.drop_index("ix_sync_record_own", "sync_record")
    op.drop_table("sync_record")
