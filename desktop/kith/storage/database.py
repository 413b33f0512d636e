"""Opening the database: the file, its pragmas, and bringing its schema up to date."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kith.storage.backup import list_backups, rotating_backup
from kith.storage.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    NoSpaceLeft,
    NotAKithDatabase,
    StorageError,
)
from kith.storage.files import PRIVATE_FILE_MODE, ensure_private_dir
from kith.storage.paths import backup_dir_for
from kith.storage.revision import KNOWN_REVISIONS, SCHEMA_REVISION

BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 10
_WRITE = "kith_write"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit the user was told about survives a power cut, not only a crash.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front, so they wait (busy_timeout) rather than
    # fail halfway when another process writes at the same moment.
    immediate = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """The engine and sessions of one open Kith database."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._explained(), self._read() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: everything in the block is written, or nothing is."""
        with self._explained(), self._write() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def _explained(self) -> Iterator[None]:
        # A lock, a full disk or a damaged page can strike at any statement, not only
        # at open: say which, in words, instead of letting a driver error through.
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            explained = explain(exc, self.path)
            if explained is None:
                raise
            raise explained from exc

    def close(self) -> None:
        self.engine.dispose()


def _create_private_file(path: Path) -> None:
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)


def _describe(exc: BaseException) -> str:
    inner = getattr(exc, "orig", exc)
    return str(inner).rstrip(".")


def latest_backup(path: Path) -> Path | None:
    """The newest backup of `path` that this version of Kith can open, if any."""
    for candidate in list_backups(backup_dir_for(path), path.stem):
        try:
            uri = f"{candidate.absolute().as_uri()}?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            continue
        if row is not None and row[0] in KNOWN_REVISIONS:
            return candidate
    return None


def explain(exc: BaseException, path: Path) -> StorageError | None:
    """What an SQLite error means for the user's file, or None when it is not about the file.

    Nothing here writes: a damaged or foreign file is left byte for byte as it was.
    """
    message = _describe(exc)
    if "malformed" in message:
        return DatabaseDamaged(
            f"{path} is damaged ({message}); Kith has left it as it is.",
            path,
            latest_backup=latest_backup(path),
        )
    if "not a database" in message:
        return NotAKithDatabase(
            f"{path} is not a Kith database, or it is damaged ({message}).",
            path,
            latest_backup=latest_backup(path),
        )
    if "locked" in message or "busy" in message:
        return DatabaseLocked(
            f"{path} is locked by another program (Kith waited "
            f"{BUSY_TIMEOUT_MS / 1000:g} s); close that program and try again.",
            path,
        )
    if "readonly" in message or "read-only" in message:
        return _read_only(path, message)
    if "disk is full" in message:
        return NoSpaceLeft(
            f"The disk holding {path} is full, so nothing was saved; "
            "free some space and try again.",
            path,
        )
    if "disk I/O error" in message:
        return DatabaseUnavailable(f"Cannot read or write {path}: disk I/O error.", path)
    return None


def _read_only(path: Path, message: str) -> DatabaseReadOnly:
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseReadOnly(
            f"{path} is read-only, so Kith cannot save to it; make it writable, "
            "or copy it to a folder you can write to.",
            path,
        )
    if not os.access(path.parent, os.W_OK):
        return DatabaseReadOnly(
            f"Kith cannot write beside {path}: its folder is read-only, and Kith keeps "
            "a journal next to the file; make the folder writable, or move the file.",
            path,
        )
    return DatabaseReadOnly(f"Cannot open {path} for writing ({message}).", path)


def make_engine(path: Path) -> Engine:
    # URL.create takes the path as it is: in a "sqlite:///..." string, a "?", "#" or "%"
    # in a folder name would be parsed, and SQLite would open some other file.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def stored_revision(engine: Engine, path: Path) -> str | None:
    """The schema revision in the file, or None for an empty file. One cheap query."""
    with engine.connect() as conn:
        tables = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotAKithDatabase(f"{path} is an SQLite database, but not one of Kith's.", path)
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def _verify(engine: Engine, path: Path) -> None:
    # quick_check reads every page (about 0.15 s for 5,000 people); integrity_check, run
    # by `kith check`, also compares indexes with their tables and takes longer.
    with engine.connect() as conn:
        found = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    if found != ["ok"]:
        # Rows can span lines ("*** in database main ***\nPage 85: ..."); keep one line.
        lines = [line for row in found for line in row.splitlines() if not line.startswith("*")]
        raise DatabaseDamaged(
            f"{path} is damaged ({(lines or found)[0]}); Kith has left it as it is.",
            path,
            latest_backup=latest_backup(path),
        )


def open_database(
    path: Path, *, backups: bool = True, now: datetime | None = None, verify: bool = False
) -> Database:
    """Open (creating and migrating if needed) the Kith database at `path`.

    An older schema is backed up, then upgraded; a newer one is refused, never touched.
    `verify` first reads every page, so a damaged file is refused before any write to it.
    """
    path = path.expanduser().absolute()
    if path.is_dir():
        raise DatabaseUnavailable(f"{path} is a folder, not a database file.", path)
    try:
        if not path.exists():
            _create_private_file(path)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"Cannot create the database {path}: {exc.strerror}.", path
        ) from exc
    engine = make_engine(path)
    try:
        current = stored_revision(engine, path)
        if current is not None and current not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                f"{path} was written by a newer version of Kith (schema {current}); "
                "update Kith to open it.",
                path,
                latest_backup=latest_backup(path),
            )
        if verify and current is not None:
            _verify(engine, path)
        if current == SCHEMA_REVISION:
            return Database(path, engine)
        if current is not None and backups:
            rotating_backup(
                path,
                backup_dir_for(path),
                reason=f"before-upgrade-from-{current}",
                # Callers without a clock (tools) still name the backup by the real time.
                now=now or datetime.now(UTC),  # noqa: TID251
                keep=BACKUPS_KEPT,
            )
        from kith.storage.migrate import upgrade_to_head  # Alembic only when needed

        upgrade_to_head(engine)
        return Database(path, engine)
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        message = _describe(exc)
        explained = explain(exc, path)
        if explained is None and "unable to open" in message:
            explained = _read_only(path, message)
        raise explained or DatabaseUnavailable(f"Cannot open {path}: {message}.", path) from exc
    except BaseException:
        engine.dispose()
        raise
