"""A `sqlite3` connection that may write to a Kith database, for the one quick write
that must not wait for SQLAlchemy (`kith log`, see `services.plain_log`).

Handed out only as `storage.reading` hands out its reader: for a file that is Kith's,
at this build's revision, and sound (unchanged since its last clean check, or read
whole now); anything else gives None and the caller opens the database the full way.
Its connection is set up as the full open's (foreign keys, write-ahead log, full sync,
the time limit, an untrusted schema), and every write takes the write lock first.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kith.storage import checked as checked_file
from kith.storage.connection import StatementLimit
from kith.storage.reading import explained, sound_connection


class WritableDatabase:
    """One connection to a sound Kith database at this build's revision."""

    def __init__(self, path: Path, conn: sqlite3.Connection, limit: StatementLimit) -> None:
        self.path = path
        self._conn = conn
        self._limit = limit
        # Sound when opened: closing notes it sound again, with this process's changes,
        # as the full open's close does.
        self._identity = checked_file.identity(path)
        self._open = True

    @contextlib.contextmanager
    def writing(self) -> Iterator[WritableDatabase]:
        """One transaction: everything in the block is written, or nothing is."""
        # IMMEDIATE: wait for another writer (busy_timeout) rather than fail halfway.
        self._run("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            raise
        self._run("COMMIT")

    def rows(self, sql: str, params: Mapping[str, object] | Sequence[object] = ()) -> list[Any]:
        return self._run(sql, params).fetchall()

    def insert(self, sql: str, params: Mapping[str, object] | Sequence[object] = ()) -> int:
        """Runs one INSERT; the new row's id."""
        row_id = self._run(sql, params).lastrowid
        assert row_id is not None
        return row_id

    def _run(
        self, sql: str, params: Mapping[str, object] | Sequence[object] = ()
    ) -> sqlite3.Cursor:
        # Each statement gets the whole time limit, as on the full open's connections.
        self._limit.start()
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise explained(exc, self.path) from exc

    def close(self) -> None:
        if not self._open:
            return
        self._open = False
        self._conn.close()
        checked_file.note_clean(self.path, self._identity)


def open_for_writing(path: Path) -> WritableDatabase | None:
    """The database at `path` to write to, or None when it must be opened the full way."""
    found = sound_connection(path, write=True)
    if found is None:
        return None
    path, conn, limit, _checked_now = found
    return WritableDatabase(path, conn, limit)
