"""How every SQLite connection of Kith's is set up: waiting for locks, and a time limit.

The limit is SQLite's progress handler: every few thousand steps of its virtual machine
it asks whether to go on, so a statement that would never end (a trigger that calls
itself, a recursive query without an end) is interrupted (SQLITE_INTERRUPT) instead of
hanging the app or the command.
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
STATEMENT_LIMIT_S = 30.0
"""Kith's statements take milliseconds; one still running after this long is stopped."""
_STEPS_BETWEEN_LOOKS = 20_000  # well under a millisecond of work between two looks


class StatementLimit:
    """The progress handler of one connection; `start()` before each statement."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.extra = 0.0

    def start(self) -> None:
        self.started = time.monotonic()

    def __call__(self) -> int:
        # Read the limit each time, so a test can shorten it for connections already open.
        return int(time.monotonic() - self.started > STATEMENT_LIMIT_S + self.extra)

    @contextlib.contextmanager
    def whole_file(self) -> Iterator[None]:
        """Statements in the block read every page or every row (quick_check, integrity_check,
        a check's scans of whole tables): they end, but at 100,000 people take tens of
        seconds on a quiet machine and minutes on a busy one, so they are not cut short.
        No trigger or view runs in them, so none can make them endless."""
        self.extra = math.inf
        try:
            yield
        finally:
            self.extra = 0.0


def limit_statements(conn: sqlite3.Connection) -> StatementLimit:
    """Install the time limit, and distrust the file's schema as a second guard.

    With trusted_schema off, a view, trigger or index in the file may call only SQLite's
    harmless functions, never one with side effects, whatever the inspector missed.
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    limit = StatementLimit()
    conn.set_progress_handler(limit, _STEPS_BETWEEN_LOOKS)
    return limit


def set_up_for_writing(conn: sqlite3.Connection) -> None:
    """The pragmas every connection that may write has, on the full open's engine and on
    a plain one alike."""
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit the user was told about survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that can only read `path`, limited like every other.

    A "file:" URI from as_uri() percent-encodes "?", "#" and "%" in folder names, so they
    name the file rather than URI syntax. `immutable` is not used: it would skip a WAL
    file's committed pages.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        limit_statements(conn)
        yield conn
    finally:
        conn.close()


def read_whole(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick_check of the file `conn` has open: ["ok"] when every page
    reads sound, else what it found (at most five). It reads every page (about 0.15 s for
    5,000 people); integrity_check, run by `kith check`, also compares indexes with their
    tables and takes longer."""
    return [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
