"""Kith databases made hostile: each looks like a Kith file, and is not what Kith made.

Each builder changes a real Kith database (with people in it) the way an attacker, or a
careless tool, could: a trigger that deletes everyone, one that never ends, a view in
place of a table, tables missing under a current revision, a missing column or index.
`NAMED` is the object each problem report must name.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from kith.storage.database import make_engine
from kith.storage.migrate import upgrade_to_head
from kith.storage.revision import SCHEMA_REVISION


def _run(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)


def wiping_trigger(path: Path) -> None:
    """The next logged interaction deletes everyone."""
    _run(path, "CREATE TRIGGER wipe AFTER INSERT ON interaction BEGIN DELETE FROM person; END")


def endless_trigger(path: Path) -> None:
    """The next logged interaction counts rows of a join that has no practical end."""
    _run(
        path,
        "CREATE TRIGGER forever AFTER INSERT ON interaction BEGIN "
        "SELECT count(*) FROM person a, person b, person c, person d, person e, person f, "
        "person g, person h; END",
    )


def view_for_a_table(path: Path) -> None:
    _run(
        path,
        "DROP TABLE meetup_person",
        "DROP TABLE meetup",
        "CREATE VIEW meetup AS SELECT id, name AS title FROM person",
    )


def tables_missing_under_current_revision(path: Path) -> None:
    """A first-release schema whose revision says it is current: the later migrations never ran."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    engine = make_engine(path)
    upgrade_to_head(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": SCHEMA_REVISION})
        conn.execute(
            text(
                "INSERT INTO person (name, circle, notes, lean_on, archived, created_at,"
                " updated_at) VALUES ('Ana', 'close', '', 0, 0, '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()


def missing_column(path: Path) -> None:
    _run(path, "ALTER TABLE person DROP COLUMN snoozed_until")


def missing_index(path: Path) -> None:
    _run(path, "DROP INDEX ix_person_name")


HOSTILE: dict[str, Callable[[Path], None]] = {
    "wiping-trigger": wiping_trigger,
    "endless-trigger": endless_trigger,
    "view-for-table": view_for_a_table,
    "tables-missing": tables_missing_under_current_revision,
    "missing-column": missing_column,
    "missing-index": missing_index,
}
NAMED = {
    "wiping-trigger": "trigger “wipe”",
    "endless-trigger": "trigger “forever”",
    "view-for-table": "view “meetup” where Kith's table should be",
    "tables-missing": "table “group_member”",
    "missing-column": "column “snoozed_until” of the table “person”",
    "missing-index": "index “ix_person_name”",
}
# What opening one as the user's own database does: put right after a backup, or refuse.
REPAIRABLE = {"wiping-trigger", "endless-trigger", "missing-index"}
