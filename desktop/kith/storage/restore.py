"""Putting a backup in place of the database file: checked first, swapped whole.

A backup to restore must be exactly what its revision makes: unlike the user's own
database, nothing in it is repaired, since the point of restoring is to get back what
was saved. It is refused with one line naming the problem, and nothing is changed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.storage.backup import BACKUP_SUFFIX, BACKUPS_KEPT, copy_database, rotating_backup
from kith.storage.connection import read_only
from kith.storage.errors import DatabaseDamaged, DatabaseLocked, NotAKithDatabase, StorageError
from kith.storage.files import atomic_path
from kith.storage.inspector import inspect, refuse_any
from kith.storage.paths import backup_dir_for
from kith.storage.sqlite_errors import explain

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path
    revision: str
    """The schema revision of the restored file (an older one is upgraded on opening)."""


def check_backup(path: Path) -> str:
    """The schema revision of a Kith database file fit to restore; refuses anything else."""
    where = str(path)
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "There is no file %1."),
            where,
            path=path,
            code="storage.restore.missing",
        ) from None
    except IsADirectoryError:
        raise NotAKithDatabase(
            QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a Kith database."), where, path=path
        ) from None
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read %1: %2."),
            where,
            exc.strerror or str(exc),
            path=path,
            code="storage.restore.unreadable",
        ) from None
    if head != _SQLITE_MAGIC:
        raise NotAKithDatabase(
            QT_TRANSLATE_NOOP("Errors", "%1 is not a Kith database (it is not an SQLite file)."),
            where,
            path=path,
        )
    try:
        with read_only(path) as conn:
            revision = refuse_any(inspect(conn, path), path)
            check = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as exc:
        raise explain(exc, path) from None
    if check is None or check[0] != "ok":
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is damaged (%2); it cannot be restored."),
            where,
            str(check[0]).splitlines()[0] if check else "no answer",
            path=path,
        )
    return revision


def _keep_current(db_path: Path, now: datetime) -> Path:
    folder = backup_dir_for(db_path)
    try:
        return rotating_backup(db_path, folder, reason="before-restore", now=now, keep=BACKUPS_KEPT)
    except StorageError:
        # Damaged beyond SQLite's own copy: keep the bytes as they are.
        target = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-before-restore-raw{BACKUP_SUFFIX}"
        with atomic_path(target) as tmp:
            shutil.copyfile(db_path, tmp)
        return target


def _checkpoint(db_path: Path) -> None:
    """Fold the WAL into the file, so the journal beside it can go with it."""
    wal = db_path.with_name(db_path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size):
        return
    try:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.Error:
        return  # a damaged file: it is kept byte for byte already, and replaced now
    if busy:
        raise DatabaseLocked(
            QT_TRANSLATE_NOOP("Errors", "%1 is in use by another program; close it and try again."),
            str(db_path),
            path=db_path,
        )


def restore_database(db_path: Path, source: Path, now: datetime) -> RestoreResult:
    """Replace the database file at `db_path` with a copy of `source`, atomically.

    The database must be closed. `source` is checked first (nothing changes when it is
    refused); then the current file is kept as a backup and the copy renamed over it.
    """
    db_path = db_path.expanduser().absolute()
    source = source.expanduser().absolute()
    if db_path.exists() and source.exists() and os.path.samefile(db_path, source):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "%1 is the database in use; choose a backup to restore."),
            str(source),
            path=source,
            code="storage.restore.in_use",
        )
    revision = check_backup(source)
    previous = _keep_current(db_path, now) if db_path.exists() else db_path
    _checkpoint(db_path)
    for leftover in (db_path.name + "-wal", db_path.name + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(leftover).unlink()
    copy_database(source, db_path)
    return RestoreResult(restored_from=source, previous_kept_at=previous, revision=revision)
