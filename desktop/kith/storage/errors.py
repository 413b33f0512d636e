"""Problems with the database file itself, each explained in words a user can act on."""

from __future__ import annotations

from pathlib import Path

from kith.domain.errors import KithError


class StorageError(KithError):
    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotAKithDatabase(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Locked, read-only, corrupt or unreadable."""
