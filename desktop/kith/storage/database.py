"""Opening the database: the file, its pragmas, and bringing its schema up to date."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.storage import checked as checked_file
from kith.storage import connection
from kith.storage.backup import BACKUPS_KEPT, list_backups, rotating_backup
from kith.storage.connection import limit_statements, read_only
from kith.storage.errors import (
    DatabaseDamaged,
    DatabaseRepaired,
    DatabaseTooNew,
    DatabaseUnavailable,
    StorageError,
)
from kith.storage.files import PRIVATE_FILE_MODE, ensure_private_dir
from kith.storage.paths import backup_dir_for
from kith.storage.revision import SCHEMA_REVISION
from kith.storage.sqlite_errors import explain

if TYPE_CHECKING:
    from kith.storage.inspector import Inspection

__all__ = [
    "BACKUPS_KEPT",
    "Database",
    "latest_backup",
    "make_engine",
    "open_database",
    "plain_rows",
    "stream",
    "whole_file_read",
]

_WRITE = "kith_write"
_LIMIT = "kith_statement_limit"


def _on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see _on_begin).
    dbapi_conn.isolation_level = None
    connection.set_up_for_writing(dbapi_conn)
    # A sync round's working tables go to disk past their cache, even where SQLite was
    # built to keep temporary tables in memory; it can be set only outside a transaction.
    dbapi_conn.execute("PRAGMA temp_store = FILE")
    record.info[_LIMIT] = limit_statements(dbapi_conn)


def _on_statement(conn: Connection, *_args: object) -> None:
    # Each statement gets the whole time limit; a trigger it sets off counts as its own.
    limit = conn.info.get(_LIMIT)
    if limit is not None:
        limit.start()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front, so they wait (busy_timeout) rather than
    # fail halfway when another process writes at the same moment.
    immediate = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """The engine and sessions of one open Kith database.

    `repaired`, when set, says what Kith removed or put back on opening (after keeping a
    copy): the command line prints it, the GUI can show it. `inspection` is what opening
    found; its problems are left in place only when opened with `repair=False`.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        inspection: Inspection | None = None,
        repaired: DatabaseRepaired | None = None,
        checked: bool = False,
    ) -> None:
        self.path = path
        # Opened from a file known sound: closing notes it as sound again, with the
        # changes this process made through SQLite (see storage.checked).
        self._checked = checked
        self._identity = checked_file.identity(path) if checked else None
        self.engine = engine
        self._inspection = inspection
        self.repaired = repaired
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @property
    def inspection(self) -> Inspection:
        if self._inspection is None:
            from kith.storage.inspector import Inspection

            self._inspection = Inspection(SCHEMA_REVISION)
        return self._inspection

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
        except (SQLAlchemyError, sqlite3.Error) as exc:
            # Not only the driver's errors: any SQLAlchemy error's text ends in a link.
            raise explain(exc, self.path, latest_backup=latest_backup) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self._checked:
            self._checked = False
            checked_file.note_clean(self.path, self._identity)


def _create_private_file(path: Path) -> None:
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)


def latest_backup(path: Path) -> Path | None:
    """The newest backup of `path` that this version of Kith can restore, if any."""
    from kith.storage.inspector import inspect

    for candidate in list_backups(backup_dir_for(path), path.stem):
        try:
            with read_only(candidate) as conn:
                found = inspect(conn, candidate)
        except (StorageError, sqlite3.Error):
            continue
        if found.revision is not None and not found.problems:
            return candidate
    return None


def make_engine(path: Path) -> Engine:
    # URL.create takes the path as it is: in a "sqlite:///..." string, a "?", "#" or "%"
    # in a folder name would be parsed, and SQLite would open some other file.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "before_cursor_execute", _on_statement)
    return engine


def stream(session: Session, query: Any, batch: int) -> Iterator[Any]:
    """The rows of `query`, fetched `batch` at a time while the caller works through them.

    The time limit is for a statement that never ends, not for a long export reading
    one: it starts again with each batch fetched.
    """
    limit = session.connection().info.get(_LIMIT)
    for rows in session.execute(query.execution_options(yield_per=batch)).partitions():
        if limit is not None:
            limit.start()
        yield from rows


@contextlib.contextmanager
def whole_file_read(session: Session) -> Iterator[None]:
    """The statements in the block read every page or row (integrity_check, a check's
    scans): they end, however long a large file takes, so no time limit cuts them short."""
    limit = session.connection().info.get(_LIMIT)
    with limit.whole_file() if limit is not None else contextlib.nullcontext():
        yield


def plain_rows(session: Session, sql: str, params: Mapping[str, object]) -> list[Any]:
    """The rows of one read given in SQLite's own words, on the session's connection and
    in its transaction, limited like every statement: for the few hot reads where
    SQLAlchemy's work per call costs as much as the query itself."""
    return _driver(session.connection()).execute(sql, params).fetchall()


def plain_cursor(session: Session, sql: str, params: Mapping[str, object]) -> Iterator[Any]:
    """The rows of such a read one at a time, for a caller that turns each into its own
    value: everyone's rows are never held beside what is made of them."""
    return iter(_driver(session.connection()).execute(sql, params))


def _driver(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    limit = conn.info.get(_LIMIT)
    if limit is not None:
        limit.start()
    return raw


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    found = connection.read_whole(conn)
    if found != ["ok"]:
        # Rows can span lines ("*** in database main ***\nPage 85: ..."); keep one line.
        lines = [line for row in found for line in row.splitlines() if not line.startswith("*")]
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is damaged (%2); Kith has left it as it is."),
            str(path),
            (lines or found)[0],
            path=path,
            latest_backup=latest_backup(path),
        )


def _repair(
    conn: sqlite3.Connection, path: Path, found: Inspection, now: datetime
) -> DatabaseRepaired:
    """Keep a copy of the file as it is, then remove or put back what can be, safely."""
    from kith.storage.inspector import repair

    unrepairable = found.unrepairable
    if unrepairable:
        raise unrepairable[0].refusal(path, latest_backup(path))
    kept = rotating_backup(
        path, backup_dir_for(path), reason="before-repair", now=now, keep=BACKUPS_KEPT
    )
    repair(conn, found.problems)
    names = ", ".join(name for problem in found.problems for name in problem.names[:1])
    return DatabaseRepaired(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Kith repaired %1: it removed what it had not made, or put back what was "
            "missing (%2), and kept the file as it was at %3.",
        ),
        str(path),
        names,
        str(kept),
        path=path,
    )


def open_database(
    path: Path,
    *,
    backups: bool = True,
    now: datetime | None = None,
    verify: bool = False,
    repair: bool = True,
) -> Database:
    """Open (creating and migrating if needed) the Kith database at `path`.

    The file is inspected before anything writes to it: a schema that is not what its
    revision must be is repaired after a backup when that is safe, refused otherwise
    (with `repair=False`, left as found for `kith check` to report). An older schema is
    backed up, then upgraded; a newer one is refused, never touched. `verify` first reads
    every page, so a damaged file is refused before any write to it.
    """
    path = path.expanduser().absolute()
    if path.is_dir():
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a database file."),
            str(path),
            path=path,
        )
    try:
        if not path.exists():
            _create_private_file(path)
    except OSError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "Cannot create the database %1: %2."),
            str(path),
            exc.strerror or str(exc),
            path=path,
        ) from exc
    # Callers without a clock (tools) still name a backup by the real time.
    now = now or datetime.now(UTC)  # noqa: TID251
    # Looked at before connecting: a connection itself starts the write-ahead log.
    known_sound = verify and checked_file.unchanged_since_clean_check(path)
    engine = make_engine(path)
    try:
        repaired = None
        with engine.connect() as conn:
            raw = _driver(conn)
            if known_sound:
                # Exactly as this version of Kith last found it, schema and every page:
                # inspected then, so its inspector (and every revision's fingerprint)
                # need not even be loaded. `kith log` at 100,000 people is that faster.
                return Database(path, engine, checked=True)
            from kith.storage.inspector import inspect

            found = inspect(raw, path)
            if verify and found.revision is not None:
                limit = conn.info.get(_LIMIT)
                with limit.whole_file() if limit is not None else contextlib.nullcontext():
                    _verify(raw, path)
            if found.problems and not repair:
                return Database(path, engine, inspection=found)
            if found.problems:
                repaired = _repair(raw, path, found, now)
        if found.revision == SCHEMA_REVISION:
            return Database(path, engine, repaired=repaired, checked=verify)
        if found.revision is not None and backups:
            rotating_backup(
                path,
                backup_dir_for(path),
                reason=f"before-upgrade-from-{found.revision}",
                now=now,
                keep=BACKUPS_KEPT,
            )
        from kith.storage.migrate import upgrade_to_head  # Alembic only when needed

        upgrade_to_head(engine)
        return Database(path, engine, repaired=repaired)
    except DatabaseTooNew as exc:
        engine.dispose()
        exc.latest_backup = latest_backup(path)
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        raise explain(exc, path, latest_backup=latest_backup) from exc
    except BaseException:
        engine.dispose()
        raise
