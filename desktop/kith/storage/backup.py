"""Copies of the database made with SQLite's online backup API, rotated."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from kith.storage.errors import FileNotWritten, StorageError
from kith.storage.files import PRIVATE_FILE_MODE, ensure_private_dir, not_written

BACKUP_SUFFIX = ".sqlite3"


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` even while it is in use; written whole or not at all."""
    if not source.is_file():  # else connecting would create an empty one
        raise StorageError(f"There is no database at {source} to back up.", source)
    tmp: Path | None = None
    try:
        ensure_private_dir(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        os.chmod(tmp, PRIVATE_FILE_MODE)
        # A plain connection, not a "file:" URI: a "?" or "%" in a folder name would be
        # parsed as URI syntax and another file opened. Not read-only either: a read-only
        # connection to a WAL database leaves -wal and -shm files behind when it closes.
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A backup is one self-contained file, not a WAL pair.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        if "full" in str(exc):  # SQLITE_FULL: the target's disk, the source is only read
            raise FileNotWritten(
                f"There is no space left to write the backup {target}; nothing was written.",
                target,
            ) from exc
        raise StorageError(f"Could not back up {source}: {exc}.", source) from exc
    except OSError as exc:
        raise FileNotWritten(not_written(target, exc), target) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def rotating_backup(source: Path, folder: Path, *, reason: str, now: datetime, keep: int) -> Path:
    """Back up into `folder` with a sortable name, keeping the newest `keep` backups."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    copy_database(source, target)
    for old in list_backups(folder, source.stem)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_backups(folder: Path, stem: str) -> list[Path]:
    """Newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{stem}-*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)
