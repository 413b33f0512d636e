"""Backups on their own (once a day), on request, and restoring one in place."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kith.domain.errors import KithError
from kith.services import context as ch
from kith.services.context import ServiceContext
from kith.storage.backup import BACKUP_SUFFIX, copy_database, list_backups, rotating_backup
from kith.storage.database import BACKUPS_KEPT, open_database
from kith.storage.errors import StorageError
from kith.storage.files import ensure_private_dir
from kith.storage.paths import backup_dir_for
from kith.storage.revision import KNOWN_REVISIONS

DAILY = "daily"
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path
    revision: str
    """The schema revision of the restored file (an older one is upgraded on opening)."""


def _stamp_of(backup: Path, stem: str) -> tuple[datetime, str] | None:
    """(UTC moment, reason) from a rotating backup's name: STEM-YYYYmmdd-HHMMSS-REASON."""
    rest = backup.name.removeprefix(f"{stem}-").removesuffix(BACKUP_SUFFIX)
    try:
        when = datetime.strptime(rest[:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return when, rest[16:]


def check_kith_file(path: Path) -> str:
    """The schema revision of a Kith database file; refuses anything else, saying why."""
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise KithError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise KithError(f"{path} is a folder, not a Kith database.") from None
    except OSError as exc:
        raise KithError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if head != _SQLITE_MAGIC:
        raise KithError(f"{path} is not a Kith database (it is not an SQLite file).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or "person" not in tables:
                raise KithError(f"{path} is an SQLite database, but not one of Kith's.")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            check = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise KithError(f"{path} is not a Kith database, or it is damaged ({exc}).") from None
    if check is None or check[0] != "ok":
        raise KithError(
            f"{path} is damaged ({check[0] if check else 'no answer'}); it cannot be restored."
        )
    revision = None if row is None else str(row[0])
    if revision is None:
        raise KithError(f"{path} has no schema revision; it is not a usable Kith database.")
    if revision not in KNOWN_REVISIONS:
        raise KithError(
            f"{path} was written by a newer version of Kith (schema {revision}); "
            "update Kith to restore it."
        )
    return revision


def _keep_current(db_path: Path, now: datetime) -> Path:
    folder = backup_dir_for(db_path)
    try:
        return rotating_backup(db_path, folder, reason="before-restore", now=now, keep=BACKUPS_KEPT)
    except StorageError:
        # Damaged beyond SQLite's own copy: keep the bytes as they are.
        ensure_private_dir(folder)
        target = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-before-restore-raw{BACKUP_SUFFIX}"
        shutil.copyfile(db_path, target)
        return target


def restore_database(db_path: Path, source: Path, now: datetime) -> RestoreResult:
    """Replace the database file at `db_path` with a copy of `source`, atomically.

    The database must be closed. The current file is kept as a backup first.
    """
    db_path = db_path.expanduser().absolute()
    source = source.expanduser().absolute()
    if db_path.exists() and source.exists() and os.path.samefile(db_path, source):
        raise KithError(f"{source} is the database in use; choose a backup to restore.")
    revision = check_kith_file(source)
    previous = _keep_current(db_path, now) if db_path.exists() else db_path
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise KithError(f"{db_path} is in use by another program; close it and try again.")
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        copy_database(source, staged)
        for leftover in (wal, db_path.with_name(db_path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        os.replace(staged, db_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
    return RestoreResult(restored_from=source, previous_kept_at=previous, revision=revision)


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @property
    def folder(self) -> Path:
        return backup_dir_for(self._ctx.db.path)

    def list(self) -> list[Path]:
        """Kept backups, newest first."""
        return list_backups(self.folder, self._ctx.db.path.stem)

    def backup_now(self, reason: str = "manual") -> Path:
        """A backup into the backup folder, keeping the newest ten."""
        return rotating_backup(
            self._ctx.db.path, self.folder, reason=reason, now=self._ctx.now(), keep=BACKUPS_KEPT
        )

    def backup_to(self, target: Path) -> Path:
        """A consistent copy at `target` (a file, or a folder to put one in)."""
        target = target.expanduser().absolute()
        if target.is_dir():
            target = (
                target / f"{self._ctx.db.path.stem}-{self._ctx.now():%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"
            )
        if target.exists() and os.path.samefile(target, self._ctx.db.path):
            raise KithError("That is the database itself; choose another file for the backup.")
        copy_database(self._ctx.db.path, target)
        return target

    def daily_backup_if_due(self) -> Path | None:
        """Back up once per local day (called at start-up); None when one was made today."""
        zone = self._ctx.clock.zone()
        today = self._ctx.now().astimezone(zone).date()
        stem = self._ctx.db.path.stem
        for backup in self.list():
            found = _stamp_of(backup, stem)
            if found is None or found[1] != DAILY:
                continue
            when = found[0].replace(tzinfo=self._ctx.now().tzinfo)
            if when.astimezone(zone).date() == today:
                return None
        return self.backup_now(DAILY)

    def restore(self, source: Path) -> RestoreResult:
        """Put a backup in place of the open database; an older schema is upgraded now."""
        path = self._ctx.db.path
        self._ctx.db.close()
        try:
            result = restore_database(path, source, self._ctx.now())
        finally:
            # Open whichever file is now in place: the restored one, or the untouched one.
            self._ctx.db = open_database(path, now=self._ctx.now())
        self._ctx.changes.emit(ch.PEOPLE, ch.INTERACTIONS, ch.MEETUPS, ch.PROFILE, ch.SETTINGS)
        return result
