"""Problems with the database file itself, each explained in words a user can act on."""

from __future__ import annotations

from pathlib import Path

from kith.domain.errors import KithError


class StorageError(KithError):
    """`path` is the file concerned; `latest_backup`, when set, is a copy worth offering."""

    def __init__(
        self, message: str, path: Path | None = None, *, latest_backup: Path | None = None
    ) -> None:
        super().__init__(message)
        self.path = path
        self.latest_backup = latest_backup


class NotAKithDatabase(StorageError):
    pass


class DatabaseDamaged(NotAKithDatabase):
    """SQLite found the file corrupt or cut short; Kith leaves it exactly as it is."""


class DatabaseTooNew(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Locked, read-only, corrupt or unreadable."""


class DatabaseLocked(DatabaseUnavailable):
    """Another program holds the lock for longer than the busy timeout."""


class DatabaseReadOnly(DatabaseUnavailable):
    """The file or its folder cannot be written (SQLite's journal lives beside the file)."""


class NoSpaceLeft(StorageError):
    """The disk is full: nothing was written."""


class FileNotWritten(StorageError, OSError):
    """Writing a file (a backup, an export) failed; no partial or temporary file is left.

    Also an OSError, so callers that already catch OSError keep working.
    """
