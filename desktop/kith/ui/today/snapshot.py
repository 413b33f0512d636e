"""What Today last showed, kept beside the database so the next start paints it at once.

The snapshot holds the words as they were on screen, never data to recompute, and a key:
the database, Kith's version, the day, the language and the state of the database's files
(size and modification time of the file and its write-ahead log). A snapshot whose key
differs in anything from the present is not shown: the live read is awaited instead.
Nothing here imports the services or SQLAlchemy: it is read before they are.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kith import __version__
from kith.storage.errors import StorageError

SNAPSHOT_FORMAT = 2
SUFFIX = ".today.json"
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ShownRow:
    """One person on the short list, as the row showed them."""

    name: str
    about: str
    words: str
    state: str
    """The tending state (its value), which colours the row's stripe."""


@dataclass(frozen=True, slots=True)
class TodaySnapshot:
    """Today's texts as shown: the greeting, the short list, the counts, who to see
    together, meetups and dates."""

    greeting: str
    rows: tuple[ShownRow, ...]
    together: tuple[str, ...]
    """One sentence per group worth seeing together; the section is hidden when none."""
    more: str
    """The "and N more…" line; empty when everyone due is listed."""
    due_note: str
    unsorted: str
    meetups: str
    meetups_note: str
    dates: str
    dates_note: str
    follow_ups: str


@dataclass(frozen=True, slots=True)
class SnapshotKey:
    """What must be unchanged for a snapshot to be what the live read would show."""

    database: str
    version: str
    day: str
    language: str
    files: tuple[int, ...]


def snapshot_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def files_state(database: Path) -> tuple[int, ...]:
    """Size and modification time of the database and its write-ahead log (-1 if absent).

    In WAL mode a commit only grows the log, so the main file alone would not show it.
    """
    state: list[int] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            found = path.stat()
        except OSError:
            state += [-1, -1]
        else:
            state += [found.st_size, found.st_mtime_ns]
    return tuple(state)


def key_for(database: Path, day: date, language: str) -> SnapshotKey:
    """The key of a snapshot of `database` on `day`, its files as they are now."""
    place = database.expanduser().resolve()
    return SnapshotKey(str(place), __version__, day.isoformat(), language, files_state(place))


def write_snapshot(database: Path, key: SnapshotKey, snapshot: TodaySnapshot) -> None:
    """Replace the snapshot beside `database`, whole or not at all; a failure is only logged:
    the snapshot saves time, it never holds anything that is not in the database."""
    from kith.storage.files import write_text_atomic  # only written after the first paint

    record = {"format": SNAPSHOT_FORMAT, "key": asdict(key), "today": asdict(snapshot)}
    try:
        write_text_atomic(snapshot_path(database), json.dumps(record, ensure_ascii=False))
    except (StorageError, OSError) as error:
        _log.warning("Today's snapshot not written: %s", error)


def read_snapshot(database: Path, key: SnapshotKey) -> TodaySnapshot | None:
    """The snapshot beside `database` if its key is `key`; None when absent, unreadable,
    stale, of another database, version or language."""
    record = _record(database)
    if record is None:
        return None
    try:
        stored = record["key"]
        if SnapshotKey(**{**stored, "files": tuple(stored["files"])}) != key:
            return None
        today = dict(record["today"])
        rows = tuple(ShownRow(**row) for row in today.pop("rows"))
        together = tuple(today.pop("together"))
        snapshot = TodaySnapshot(rows=rows, together=together, **today)
    except (KeyError, TypeError, ValueError):
        return None
    texts = [getattr(snapshot, name) for name in today] + list(together)
    texts += [text for row in rows for text in (row.name, row.about, row.words, row.state)]
    return snapshot if all(isinstance(text, str) for text in texts) else None


def _record(database: Path) -> dict[str, Any] | None:
    try:
        record = json.loads(snapshot_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("format") != SNAPSHOT_FORMAT:
        return None
    return record
