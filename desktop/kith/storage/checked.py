"""Remembering that a database file was read whole and found sound, until it changes.

Reading every page before each command is what refuses a damaged file before anything
is written to it, but at 100,000 people it costs seconds. A command instead compares
the file with a note of how it looked after the last clean check (its identity, size,
modification time and header, and the same of its write-ahead log); only when they
match is the full read skipped. The note sits in the backups folder, is written only
after a clean check (or at the end of a command that started from one), and a note
that cannot be read or written just means the next command checks again.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

from kith import __version__
from kith.storage.errors import StorageError
from kith.storage.files import write_text_atomic
from kith.storage.paths import backup_dir_for
from kith.storage.revision import SCHEMA_REVISION

# A file's modification time moves in the kernel's coarse ticks (up to 10 ms apart);
# a note taken within two ticks of the last write could miss a change made in the same
# tick, so the note waits until the file's time is at least this far in the past.
_SETTLED_NS = 20_000_000
# The note names the version and schema revision that found the file sound: another
# version inspects it afresh (its schema rules or its revision may differ).
_FORMAT = 2

Stamp = list[object]


def note_path(db_path: Path) -> Path:
    return backup_dir_for(db_path) / f"{db_path.stem}.checked"


def _header(path: Path) -> str:
    # The first page's header: page size, counters and schema cookie change with it.
    with path.open("rb") as f:
        return f.read(100).hex()


def stamp(db_path: Path) -> Stamp | None:
    """How the file and its log look now; None when it cannot be read."""
    try:
        st = db_path.stat()
        found: Stamp = [_FORMAT, __version__, SCHEMA_REVISION]
        found += [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]
        wal = Path(f"{db_path}-wal")
        try:
            wst = wal.stat()
        except FileNotFoundError:
            found.append(None)
        else:
            # An empty log holds nothing: the file reads as with none. A reader that
            # leaves one behind (the sqlite3 shell, a backup tool) changed no page.
            found += [wst.st_ino, wst.st_size, wst.st_mtime_ns] if wst.st_size else [None]
        found.append(_header(db_path))
    except OSError:
        return None
    return found


def unchanged_since_clean_check(db_path: Path) -> bool:
    """True when the file is exactly as it was after its last clean check."""
    now = stamp(db_path)
    if now is None:
        return False
    try:
        noted = json.loads(note_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(noted, list) and noted == now


def identity(db_path: Path) -> tuple[int, int] | None:
    """Which file `db_path` is (device and inode), to tell a file replaced meanwhile."""
    try:
        st = db_path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def note_clean(db_path: Path, opened: tuple[int, int] | None) -> None:
    """Record the file as it is now as checked, if it is still the file `opened` (see
    `identity`); failing to is never an error."""
    folder = backup_dir_for(db_path)
    if opened is None or identity(db_path) != opened or not folder.is_dir():
        return  # replaced meanwhile, or no backups folder (e.g. a read-only one)
    newest = 0
    with contextlib.suppress(OSError):
        newest = max(p.stat().st_mtime_ns for p in (db_path, Path(f"{db_path}-wal")) if p.exists())
    wait_ns = newest + _SETTLED_NS - time.time_ns()
    if 0 < wait_ns <= _SETTLED_NS:
        time.sleep(wait_ns / 1e9)
    now = stamp(db_path)
    if now is None:
        return
    with contextlib.suppress(OSError, StorageError):
        write_text_atomic(note_path(db_path), json.dumps(now))
