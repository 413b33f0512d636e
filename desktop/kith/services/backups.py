"""Backups on their own (once a day), on request, and restoring one in place.

The file work (checking a backup, keeping the current file, the swap) is storage's;
this service decides when, and tells every view that everything changed.
"""

from __future__ import annotations

import builtins
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.services.changes import EVERYTHING
from kith.services.context import ServiceContext
from kith.services.daily_backup import DAILY, daily_backup_if_due, stamp_of
from kith.storage.backup import (
    BACKUP_SUFFIX,
    BACKUPS_KEPT,
    copy_database,
    list_backups,
    people_in,
    rotating_backup,
)
from kith.storage.database import open_database
from kith.storage.errors import StorageError
from kith.storage.paths import backup_dir_for

if TYPE_CHECKING:
    from kith.storage.restore import RestoreResult, restore_database
else:

    def __getattr__(name: str) -> object:
        # Restoring, and the schema inspector it needs, load only when asked for: every
        # command makes its daily backup here, and few ever restore.
        if name in ("RestoreResult", "restore_database"):
            from kith.storage import restore

            return getattr(restore, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DAILY", "BackupService", "KeptBackup", "RestoreResult", "restore_database"]


@dataclass(frozen=True, slots=True)
class KeptBackup:
    """A backup in the backup folder, as a list of them shows it."""

    path: Path
    made_at: datetime | None
    """When it was made (UTC), from its name; None for a name Kith did not give."""
    reason: str
    """Why: "daily", "manual", "before-restore", "before-repair"…"""
    size: int
    people: int | None
    """How many people it holds; None when the file cannot be read."""


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @property
    def folder(self) -> Path:
        return backup_dir_for(self._ctx.db.path)

    def list(self) -> list[Path]:
        """Kept backups, newest first."""
        return list_backups(self.folder, self._ctx.db.path.stem)

    def kept(self) -> builtins.list[KeptBackup]:
        """Kept backups, newest first, with when and why each was made and what it holds."""
        stem = self._ctx.db.path.stem
        found: builtins.list[KeptBackup] = []
        for path in self.list():
            stamp = stamp_of(path, stem)
            try:
                size = path.stat().st_size
            except OSError:
                continue  # gone since the folder was listed
            found.append(
                KeptBackup(
                    path=path,
                    made_at=stamp[0] if stamp else None,
                    reason=stamp[1] if stamp else "",
                    size=size,
                    people=people_in(path),
                )
            )
        return found

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
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "That is the database itself; choose another file for the backup."
                ),
                path=target,
                code="storage.backup.onto_itself",
            )
        copy_database(self._ctx.db.path, target)
        return target

    def daily_backup_if_due(self) -> Path | None:
        """Back up once per local day (called at start-up); None when one was made today."""
        return daily_backup_if_due(self._ctx.db.path, self._ctx.now(), self._ctx.clock.zone())

    def restore(self, source: Path) -> RestoreResult:
        """Put a backup in place of the open database; an older schema is upgraded now."""
        path = self._ctx.db.path
        self._ctx.db.close()
        try:
            from kith.storage.restore import restore_database

            result = restore_database(path, source, self._ctx.now())
        finally:
            # Open whichever file is now in place: the restored one, or the untouched one.
            self._ctx.db = open_database(path, now=self._ctx.now())
        self._ctx.changes.emit(EVERYTHING)
        return result
