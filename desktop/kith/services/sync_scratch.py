"""A round's working tables: the changes that arrived, the records to compare, and what
the comparing decided to store and write.

They live in SQLite's temporary database on the round's own connection, on disk past a
small cache (`storage.database` sets `temp_store` so on every build), not in Python
objects: a round at 100,000 people (two million records) then needs about the memory of
one at a hundred. Writing them takes no lock on the database
itself, so the round still compares without the write lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy.orm import Session

from kith.interchange import sync_log
from kith.interchange.sync_log import RecordChange
from kith.storage.database import whole_file_read

_TABLES = {
    # Every change line read from the other devices' segments not read yet.
    "round_arrived": "(record TEXT NOT NULL, kind TEXT NOT NULL, hlc TEXT NOT NULL, "
    "device TEXT NOT NULL, line TEXT NOT NULL)",
    # The records the round compares, each with its kind.
    "round_scope": "(record TEXT PRIMARY KEY, kind TEXT NOT NULL)",
    # Records the journal or the last round named, before their kinds are known.
    "round_wanted": "(record TEXT PRIMARY KEY)",
    # Shadow rows the merge changed, stored once the write lock is taken.
    "round_shadow": "(record TEXT PRIMARY KEY, kind TEXT, own TEXT, lost INTEGER, fields TEXT)",
    # Records whose live rows are to be written: their kind's place in the order, winners.
    "round_todo": "(ord INTEGER NOT NULL, record TEXT NOT NULL, kind TEXT NOT NULL, "
    "vals TEXT NOT NULL, PRIMARY KEY (ord, record))",
    # A tie's global id and its row (its id is made from its ends', not stored).
    "round_ties": "(record TEXT PRIMARY KEY, row_id INTEGER NOT NULL UNIQUE)",
    # This device's change lines for its segment, put in time order when read.
    "round_own": "(hlc TEXT NOT NULL, record TEXT NOT NULL, line TEXT NOT NULL)",
}
_INDEXES = (
    "CREATE INDEX temp.round_arrived_record ON round_arrived (record)",
    "CREATE INDEX temp.round_scope_kind ON round_scope (kind, record)",
    "CREATE INDEX temp.round_own_order ON round_own (hlc, record)",
)
_CACHE_KB = 16_000
"""The temporary database's page cache: past it, its pages go to a file."""
CHUNK = 500
"""Records named in one IN (...): well under SQLite's limit on parameters."""


def rows(s: Session, sql: str, params: Sequence[object] = ()) -> list[Any]:
    # Through SQLAlchemy, so each statement gets the database's own time limit.
    return list(s.connection().exec_driver_sql(sql, tuple(params)).all())


def execute(s: Session, sql: str, params: Sequence[object] = ()) -> None:
    s.connection().exec_driver_sql(sql, tuple(params))


def execute_many(s: Session, sql: str, params: Sequence[tuple[Any, ...]]) -> None:
    if params:
        s.connection().exec_driver_sql(sql, list(params))


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(count: int) -> str:
    return ",".join("?" * count)


@contextlib.contextmanager
def scratch(s: Session) -> Iterator[None]:
    """The working tables, empty, for the block; dropped after, whatever happens (the
    connection goes back to the pool)."""
    _drop(s)
    execute(s, f"PRAGMA temp.cache_size = -{_CACHE_KB}")
    for name, columns in _TABLES.items():
        execute(s, f"CREATE TEMP TABLE {name} {columns}")
    for sql in _INDEXES:
        execute(s, sql)
    try:
        yield
    finally:
        with contextlib.suppress(Exception):  # the connection may be gone with an error
            _drop(s)


def _drop(s: Session) -> None:
    for name in _TABLES:
        execute(s, f"DROP TABLE IF EXISTS temp.{name}")


# --- what arrived ----------------------------------------------------------------------


def add_arrived(s: Session, lines: list[tuple[str, str, str, str, str]]) -> None:
    """(record, kind, hlc, device, line) of changes read from a segment."""
    execute_many(
        s, "INSERT INTO round_arrived (record, kind, hlc, device, line) VALUES (?,?,?,?,?)", lines
    )


def arrived_mark(s: Session) -> int:
    """Where the changes read next begin (`forget_arrived` takes them back out)."""
    found = rows(s, "SELECT coalesce(max(rowid), 0) FROM round_arrived")
    return int(found[0][0])


def forget_arrived(s: Session, mark: int) -> None:
    execute(s, "DELETE FROM round_arrived WHERE rowid > ?", (mark,))


def clear_arrived(s: Session) -> None:
    execute(s, "DELETE FROM round_arrived")


def arrived_ids(s: Session) -> Iterator[tuple[str, str, str]]:
    """(record, time, device) of every change that arrived."""
    last = 0
    while True:
        found = rows(
            s,
            "SELECT rowid, record, hlc, device FROM round_arrived WHERE rowid > ? "
            "ORDER BY rowid LIMIT 5000",
            (last,),
        )
        if not found:
            return
        for rowid, record, hlc, device in found:
            last = rowid
            yield record, hlc, device


def arrived_for(s: Session, records: Sequence[str]) -> list[RecordChange]:
    """The changes that arrived for these records, in the order they were read."""
    found: list[RecordChange] = []
    for chunk in chunks(records):
        for device, line in rows(
            s,
            f"SELECT device, line FROM round_arrived WHERE record IN ({marks(len(chunk))}) "
            "ORDER BY rowid",
            chunk,
        ):
            parsed = sync_log.parse_line(line, device)
            if parsed is not None:
                found.append(parsed)
    return found


# --- the records compared ----------------------------------------------------------------


def scope_from(s: Session, sql: str, params: Sequence[object] = ()) -> None:
    """Add the (record, kind) rows `sql` selects; a record has the first kind given."""
    with whole_file_read(s):  # one statement over a whole table: it ends
        execute(s, f"INSERT OR IGNORE INTO round_scope (record, kind) {sql}", params)


def scope_rows(s: Session, found: Iterable[tuple[str, str]]) -> None:
    batch: list[tuple[object, ...]] = []
    for record, kind in found:
        batch.append((record, kind))
        if len(batch) >= 5000:
            execute_many(s, "INSERT OR IGNORE INTO round_scope VALUES (?,?)", batch)
            batch = []
    execute_many(s, "INSERT OR IGNORE INTO round_scope VALUES (?,?)", batch)


def want(s: Session, records: Iterable[str]) -> None:
    execute_many(s, "INSERT OR IGNORE INTO round_wanted VALUES (?)", [(r,) for r in records])


def scope_kinds(s: Session) -> list[str]:
    return [kind for (kind,) in rows(s, "SELECT DISTINCT kind FROM round_scope")]


def scope_batches(s: Session, kind: str, size: int) -> Iterator[list[str]]:
    """The records of `kind` in scope, `size` at a time, in record order."""
    last = ""
    while True:
        found = [
            record
            for (record,) in rows(
                s,
                "SELECT record FROM round_scope WHERE kind = ? AND record > ? "
                "ORDER BY record LIMIT ?",
                (kind, last, size),
            )
        ]
        if not found:
            return
        last = found[-1]
        yield found


# --- what the comparing decided -----------------------------------------------------------


def stash_shadow(s: Session, found: list[tuple[str, str, str, int, str]]) -> None:
    execute_many(s, "INSERT OR REPLACE INTO round_shadow VALUES (?,?,?,?,?)", found)


def store_shadow(s: Session) -> None:
    """Write the stashed shadow rows into the database (the write lock is taken here)."""
    with whole_file_read(s):
        execute(
            s,
            "INSERT OR REPLACE INTO main.sync_record (record, kind, own, lost, fields) "
            "SELECT record, kind, own, lost, fields FROM round_shadow",
        )


def stash_todo(s: Session, found: list[tuple[int, str, str, str]]) -> None:
    execute_many(s, "INSERT OR REPLACE INTO round_todo VALUES (?,?,?,?)", found)


def todo_batches(s: Session, size: int) -> Iterator[list[tuple[str, str, str]]]:
    """(kind, record, winners as JSON) to write, `size` at a time, parents first."""
    last: tuple[int, str] = (-1, "")
    while True:
        found = rows(
            s,
            "SELECT ord, record, kind, vals FROM round_todo WHERE (ord, record) > (?, ?) "
            "ORDER BY ord, record LIMIT ?",
            (*last, size),
        )
        if not found:
            return
        last = (found[-1][0], found[-1][1])
        yield [(kind, record, vals) for _ord, record, kind, vals in found]


# --- this device's lines -----------------------------------------------------------------


def add_own(s: Session, lines: list[tuple[object, ...]]) -> None:
    execute_many(s, "INSERT INTO round_own VALUES (?,?,?)", lines)


def own_lines(s: Session) -> Iterator[str]:
    """The stashed lines of this device, in time then record order."""
    last: tuple[str, str, int] = ("", "", 0)
    while True:
        found = rows(
            s,
            "SELECT hlc, record, rowid, line FROM round_own WHERE (hlc, record, rowid) > "
            "(?, ?, ?) ORDER BY hlc, record, rowid LIMIT 2000",
            last,
        )
        if not found:
            return
        last = (found[-1][0], found[-1][1], found[-1][2])
        for *_key, line in found:
            yield line


def clear_own(s: Session) -> None:
    execute(s, "DELETE FROM round_own")
