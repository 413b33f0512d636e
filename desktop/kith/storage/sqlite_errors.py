"""What an SQLite error means for the user's file, recognised by SQLite's own error code.

SQLite names every failure (`sqlite3.Error.sqlite_errorname`, through SQLAlchemy
`exc.orig`): SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_FULL … Matching those, never the
English text, keeps the meaning when SQLite rewords a message. Whatever is not
recognised still becomes one clear refusal: a library's URL or SQL never reaches a user.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.storage import connection
from kith.storage.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnavailable,
    NoSpaceLeft,
    NotAKithDatabase,
    StatementInterrupted,
    StorageError,
)

BackupFinder = Callable[[Path], Path | None]


def error_code(exc: BaseException) -> str:
    """SQLite's primary result code name (SQLITE_IOERR for SQLITE_IOERR_WRITE), or ""."""
    inner = getattr(exc, "orig", exc)
    name = getattr(inner, "sqlite_errorname", None)
    if not isinstance(name, str):
        return ""
    return "_".join(name.split("_")[:2])


def _from_sqlalchemy(exc: BaseException) -> bool:
    # Looked up, not imported: a read that never loaded SQLAlchemy has none of its errors.
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.SQLAlchemyError)


def sqlite_words(exc: BaseException) -> str:
    """SQLite's own short message, without SQLAlchemy's SQL, parameters and URL."""
    inner = getattr(exc, "orig", exc)
    if isinstance(inner, sqlite3.Error) and inner.args:
        return str(inner.args[0]).rstrip(".")
    if _from_sqlalchemy(inner) or not str(inner):
        return type(inner).__name__  # its text carries SQL and a link to SQLAlchemy's site
    return str(inner).rstrip(".")


def explain(
    exc: BaseException, path: Path, *, latest_backup: BackupFinder | None = None
) -> StorageError:
    """The refusal a user reads for an SQLite error on `path`. Nothing here writes.

    `latest_backup` finds a copy worth offering when the file itself is damaged.
    """
    code = error_code(exc)
    words = sqlite_words(exc)
    where = str(path)

    def backup() -> Path | None:
        return latest_backup(path) if latest_backup is not None else None

    if code == "SQLITE_CORRUPT":
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is damaged (%2); Kith has left it as it is."),
            where,
            words,
            path=path,
            latest_backup=backup(),
        )
    if code == "SQLITE_NOTADB":
        return NotAKithDatabase(
            QT_TRANSLATE_NOOP("Errors", "%1 is not a Kith database, or it is damaged (%2)."),
            where,
            words,
            path=path,
            latest_backup=backup(),
        )
    if code in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return DatabaseLocked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is locked by another program (Kith waited %2 s); "
                "close that program and try again.",
            ),
            where,
            connection.BUSY_TIMEOUT_MS / 1000,
            path=path,
        )
    if code in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"):
        return read_only(path, words)
    if code == "SQLITE_FULL":
        return NoSpaceLeft(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding %1 is full, so nothing was saved; free some space and try again.",
            ),
            where,
            path=path,
        )
    if code == "SQLITE_IOERR":
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "Cannot read or write %1: disk I/O error."),
            where,
            path=path,
        )
    if code == "SQLITE_INTERRUPT":
        return StatementInterrupted(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A step on %1 ran for more than %2 seconds and was stopped, "
                "so nothing was changed.",
            ),
            where,
            connection.STATEMENT_LIMIT_S,
            path=path,
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("Errors", "Kith could not use %1 (%2)."),
        where,
        words,
        path=path,
        code="storage.failed",
    )


def read_only(path: Path, words: str) -> DatabaseReadOnly:
    where = str(path)
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is read-only, so Kith cannot save to it; make it writable, "
                "or copy it to a folder you can write to.",
            ),
            where,
            path=path,
        )
    if not os.access(path.parent, os.W_OK):
        return DatabaseReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Kith cannot write beside %1: its folder is read-only, and Kith keeps "
                "a journal next to the file; make the folder writable, or move the file.",
            ),
            where,
            path=path,
        )
    return DatabaseReadOnly(
        QT_TRANSLATE_NOOP("Errors", "Cannot open %1 for writing (%2)."), where, words, path=path
    )
