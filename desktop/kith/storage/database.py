"""Opening the database: the file, its pragmas, and bringing its schema up to date."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kith.storage.backup import rotating_backup
from kith.storage.errors import DatabaseTooNew, DatabaseUnavailable, NotAKithDatabase
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
        with self._read() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: everything in the block is written, or nothing is."""
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _create_private_file(path: Path) -> None:
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)


def _describe(exc: BaseException) -> str:
    inner = getattr(exc, "orig", exc)
    return str(inner).rstrip(".")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
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


def open_database(path: Path, *, backups: bool = True, now: datetime | None = None) -> Database:
    """Open (creating and migrating if needed) the Kith database at `path`.

    An older schema is backed up, then upgraded; a newer one is refused, never touched.
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
        if current == SCHEMA_REVISION:
            return Database(path, engine)
        if current is not None and current not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                f"{path} was written by a newer version of Kith (schema {current}); "
                "update Kith to open it.",
                path,
            )
        if current is not None and backups:
            rotating_backup(
                path,
                backup_dir_for(path),
                reason=f"before-upgrade-from-{current}",
                now=now or datetime.now(UTC),
                keep=BACKUPS_KEPT,
            )
        from kith.storage.migrate import upgrade_to_head  # Alembic only when needed

        upgrade_to_head(engine)
        return Database(path, engine)
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        message = _describe(exc)
        if "not a database" in message or "malformed" in message:
            raise NotAKithDatabase(
                f"{path} is not a Kith database, or it is damaged ({message}).", path
            ) from exc
        if "locked" in message or "busy" in message:
            raise DatabaseUnavailable(
                f"{path} is locked by another program; close it and try again.", path
            ) from exc
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise DatabaseUnavailable(f"Cannot open {path} for writing ({message}).", path) from exc
        raise DatabaseUnavailable(f"Cannot open {path}: {message}.", path) from exc
    except BaseException:
        engine.dispose()
        raise
