"""Problems with the database file itself, each explained in words a user can act on.

Like every refusal, each carries a stable `code`, a template marked for translation and
its values; storage adds the file concerned and, when one would help, the latest backup.
"""

from __future__ import annotations

from pathlib import Path

from kith.domain.errors import ErrorValue, KithError


class StorageError(KithError):
    """`path` is the file concerned; `latest_backup`, when set, is a copy worth offering."""

    default_code = "storage.error"

    def __init__(
        self,
        template: str,
        *values: ErrorValue,
        path: Path | None = None,
        latest_backup: Path | None = None,
        code: str = "",
    ) -> None:
        super().__init__(template, *values, code=code or self.default_code)
        self.path = path
        self.latest_backup = latest_backup


class NotAKithDatabase(StorageError):
    default_code = "storage.not_kith"


class DatabaseDamaged(NotAKithDatabase):
    """SQLite found the file corrupt or cut short; Kith leaves it exactly as it is."""

    default_code = "storage.damaged"


class SchemaMismatch(NotAKithDatabase):
    """The file's tables, columns, indexes, triggers or views are not what its revision says."""

    default_code = "storage.schema"


class DatabaseTooNew(StorageError):
    default_code = "storage.too_new"


class DatabaseUnavailable(StorageError):
    """Locked, read-only, corrupt or unreadable."""

    default_code = "storage.unavailable"


class DatabaseLocked(DatabaseUnavailable):
    """Another program holds the lock for longer than the busy timeout."""

    default_code = "storage.locked"


class DatabaseReadOnly(DatabaseUnavailable):
    """The file or its folder cannot be written (SQLite's journal lives beside the file)."""

    default_code = "storage.read_only"


class StatementInterrupted(StorageError):
    """A statement ran far longer than any of Kith's should, and was stopped."""

    default_code = "storage.interrupted"


class NoSpaceLeft(StorageError):
    """The disk is full: nothing was written."""

    default_code = "storage.disk_full"


class FileNotWritten(StorageError, OSError):
    """Writing a file (a backup, an export) failed; no partial or temporary file is left.

    Also an OSError, so callers that already catch OSError keep working.
    """

    default_code = "storage.not_written"


class DatabaseRepaired(StorageError):
    """Not raised: what the user is told after Kith removed what it did not make.

    It has a refusal's structure (code, template, values) so that the command line prints
    it and the GUI translates it the same way.
    """

    default_code = "storage.repaired"
