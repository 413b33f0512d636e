"""Copies of the database made with SQLite's online backup API, rotated."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.storage.connection import read_only
from kith.storage.errors import FileNotWritten, StorageError
from kith.storage.files import atomic_path
from kith.storage.sqlite_errors import error_code, sqlite_words

BACKUP_SUFFIX = ".sqlite3"
BACKUPS_KEPT = 10


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` even while it is in use; written whole or not at all."""
    if not source.is_file():  # else connecting would create an empty one
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "There is no database at %1 to back up."),
            str(source),
            path=source,
            code="storage.no_source",
        )
    with atomic_path(target) as tmp:
        try:
            # A plain connection, not a "file:" URI: a "?" or "%" in a folder name would be
            # parsed as URI syntax and another file opened. Not read-only either: a read-only
            # connection to a WAL database leaves -wal and -shm files behind when it closes.
            with (
                contextlib.closing(sqlite3.connect(source)) as src,
                contextlib.closing(sqlite3.connect(tmp)) as dst,
            ):
                src.backup(dst)
                # A backup is one self-contained file, not a WAL pair.
                dst.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.Error as exc:
            # The copy is thrown away, and with it the journal SQLite left beside it.
            Path(f"{tmp}-journal").unlink(missing_ok=True)
            if error_code(exc) == "SQLITE_FULL":  # the target's disk: the source is only read
                raise FileNotWritten(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "There is no space left to write the backup %1; nothing was written.",
                    ),
                    str(target),
                    path=target,
                ) from exc
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Could not back up %1: %2."),
                str(source),
                sqlite_words(exc),
                path=source,
                code="storage.backup_failed",
            ) from exc


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


def people_in(path: Path) -> int | None:
    """How many people a backup holds, read without changing it; None when it cannot say."""
    try:
        with read_only(path) as conn:
            row = conn.execute("SELECT count(*) FROM person").fetchone()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None
