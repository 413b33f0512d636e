"""A read-only `sqlite3` connection to a Kith database, opened only when nothing needs
the full open (`storage.database`): no SQLAlchemy, no Alembic.

It is handed out only for a file that is already Kith's, at this build's revision, with
the schema that revision must have, and sound: unchanged since its last clean check
(`storage.checked`) or read whole now. Anything else (a missing or empty file, an older
or newer revision, a schema to repair, a damaged page, a file that cannot be opened)
gives None, and the caller opens the database the full way, which upgrades, repairs or
refuses it with the messages it always gives.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kith.storage import checked as checked_file
from kith.storage import connection
from kith.storage.connection import BUSY_TIMEOUT_MS, StatementLimit, limit_statements
from kith.storage.errors import StorageError
from kith.storage.revision import SCHEMA_REVISION


class ReadOnlyDatabase:
    """One read-only connection to a sound Kith database at this build's revision."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, limit: StatementLimit, *, checked_now: bool
    ) -> None:
        self.path = path
        self._conn = conn
        self._limit = limit
        # Read whole by this open: closing notes it sound, as the full open's close does.
        self._checked_now = checked_now
        self._identity = checked_file.identity(path) if checked_now else None

    @contextlib.contextmanager
    def reading(self) -> Iterator[ReadOnlyDatabase]:
        """One snapshot of the file for every read in the block."""
        self._conn.execute("BEGIN")
        try:
            yield self
        finally:
            self._conn.execute("COMMIT")

    def rows(self, sql: str, params: Mapping[str, object] | Sequence[object] = ()) -> list[Any]:
        # Each statement gets the whole time limit, as on the full open's connections.
        self._limit.start()
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise explained(exc, self.path) from exc

    def close(self) -> None:
        self._conn.close()
        if self._checked_now:
            self._checked_now = False
            checked_file.note_clean(self.path, self._identity)


def _sound_now(conn: sqlite3.Connection, path: Path, limit: StatementLimit) -> bool:
    from kith.storage.inspector import inspect  # with every revision's fingerprint

    found = inspect(conn, path)
    if found.revision != SCHEMA_REVISION or found.problems:
        return False
    with limit.whole_file():  # it ends, however long a large file takes
        return connection.read_whole(conn) == ["ok"]


def explained(exc: sqlite3.Error, path: Path) -> StorageError:
    """The error in a user's words; what words it takes loads only when there is one."""
    from kith.storage.database import latest_backup
    from kith.storage.sqlite_errors import explain

    return explain(exc, path, latest_backup=latest_backup)


def open_read_only(path: Path) -> ReadOnlyDatabase | None:
    """The database at `path` for reading only, or None when it must be opened the full
    way (see the module's note)."""
    found = sound_connection(path, write=False)
    if found is None:
        return None
    path, conn, limit, checked_now = found
    return ReadOnlyDatabase(path, conn, limit, checked_now=checked_now)


def sound_connection(
    path: Path, *, write: bool
) -> tuple[Path, sqlite3.Connection, StatementLimit, bool] | None:
    """A `sqlite3` connection to `path` when it is a sound Kith file at this build's
    revision (see the module's note), else None. With it: the absolute path, the time
    limit, and whether the file was read whole just now (not known sound before).

    `write` opens it for writing, set up as the full open sets up its connections; it
    never creates a file.
    """
    path = path.expanduser().absolute()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    # Looked at before connecting, as the full open does.
    known_sound = checked_file.unchanged_since_clean_check(path)
    try:
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode={'rw' if write else 'ro'}",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error:
        return None
    try:
        limit = limit_statements(conn)
        if write:
            connection.set_up_for_writing(conn)
        else:
            conn.execute("PRAGMA query_only = ON")
        # Known sound: exactly as this version last found it, schema and every page, so
        # (as on the full open) it need not be inspected again.
        if not known_sound and not _sound_now(conn, path, limit):
            conn.close()
            return None
    except (StorageError, sqlite3.Error):
        conn.close()
        return None
    return path, conn, limit, not known_sound
