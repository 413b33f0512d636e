"""The inspector: each revision's expected schema comes from the migrations, and anything
in a file that Kith did not make is found, by name, without writing to the file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kith.storage import connection
from kith.storage.connection import read_only
from kith.storage.database import open_database
from kith.storage.errors import (
    DatabaseLocked,
    DatabaseUnavailable,
    NoSpaceLeft,
    NotAKithDatabase,
    StatementInterrupted,
)
from kith.storage.files import write_text_atomic
from kith.storage.fingerprint import read_fingerprint
from kith.storage.fingerprints import EXPECTED
from kith.storage.inspector import inspect
from kith.storage.reference import reference_fingerprint
from kith.storage.revision import KNOWN_REVISIONS, SCHEMA_REVISION
from kith.storage.schema import Base
from kith.storage.sqlite_errors import explain


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_the_committed_fingerprints_are_what_the_migrations_make(revision: str) -> None:
    assert reference_fingerprint(revision) == EXPECTED[revision], (
        "the schema of a revision changed: run `python -m kith.storage.reference`"
    )


def test_the_models_make_the_schema_the_migrations_make() -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.execute(
            text(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
        )
        made = read_fingerprint(conn.connection.driver_connection)  # type: ignore[arg-type]
    engine.dispose()
    assert made == EXPECTED[SCHEMA_REVISION]


def _inspect(path: Path) -> list[str]:
    with read_only(path) as conn:
        return [problem.describe(path) for problem in inspect(conn, path).problems]


def test_a_database_kith_made_has_no_problems(db_path: Path) -> None:
    open_database(db_path).close()
    assert _inspect(db_path) == []


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["CREATE VIEW everyone AS SELECT * FROM person"], "has a view “everyone” that Kith"),
        (["CREATE INDEX ix_sneaky ON person (circle)"], "has an index “ix_sneaky” that Kith"),
        (["CREATE UNIQUE INDEX ix_person_name2 ON person (name)"], "index “ix_person_name2”"),
        (["ALTER TABLE person ADD COLUMN extra TEXT"], "table “person” has a column “extra”"),
        (
            ["DROP INDEX ix_person_name", "CREATE INDEX ix_person_name ON person (nickname)"],
            "the index “ix_person_name” is not the one Kith made",
        ),
        (
            [
                "DROP TABLE setting",
                "CREATE TABLE setting (key VARCHAR(100) PRIMARY KEY, value INTEGER NOT NULL)",
            ],
            "the column “value” of the table “setting” is not the one Kith made",
        ),
    ],
)
def test_each_change_is_named(db_path: Path, statements: list[str], expected: str) -> None:
    open_database(db_path).close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)
    problems = _inspect(db_path)
    assert any(expected in problem for problem in problems), problems
    assert all(problem.startswith((str(db_path), f"In {db_path}")) for problem in problems)


def test_a_revision_table_that_is_a_view_is_not_kiths(db_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE VIEW alembic_version AS SELECT '0003' AS version_num")
    with pytest.raises(NotAKithDatabase, match="not one of Kith's"):
        open_database(db_path)


def test_opening_repairs_what_is_safe_and_keeps_the_rest(db_path: Path) -> None:
    open_database(db_path).close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE INDEX ix_sneaky ON person (circle)")
        conn.execute("CREATE VIEW everyone AS SELECT * FROM person")
        conn.execute("DROP INDEX ix_meetup_status")
    db = open_database(db_path)
    db.close()
    assert db.repaired is not None
    assert db.repaired.code == "storage.repaired" and db.repaired.values[0] == str(db_path)
    assert set(str(db.repaired.values[1]).split(", ")) == {
        "ix_sneaky",
        "everyone",
        "ix_meetup_status",
    }
    assert _inspect(db_path) == []
    assert open_database(db_path).repaired is None  # nothing left to repair


def _error(message: str, name: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorname = name
    return error


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("SQLITE_BUSY", DatabaseLocked),
        ("SQLITE_BUSY_SNAPSHOT", DatabaseLocked),
        ("SQLITE_FULL", NoSpaceLeft),
        ("SQLITE_INTERRUPT", StatementInterrupted),
        ("SQLITE_NOTADB", NotAKithDatabase),
    ],
)
def test_sqlite_errors_are_known_by_their_code_not_their_words(
    tmp_path: Path, name: str, kind: type[Exception]
) -> None:
    # Words that match none of SQLite's: a reworded message keeps its meaning.
    assert isinstance(explain(_error("reworded by a new SQLite", name), tmp_path / "k"), kind)


def test_an_unknown_database_error_is_one_clear_line(db_path: Path) -> None:
    db = open_database(db_path)
    with pytest.raises(DatabaseUnavailable) as caught, db.reading() as s:
        s.execute(text("SELECT * FROM nowhere"))
    db.close()
    message = caught.value.message
    assert message == f"Kith could not use {db_path} (no such table: nowhere)."
    assert "sqlalche.me" not in message and "[SQL" not in message


def test_a_runaway_statement_is_interrupted(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "STATEMENT_LIMIT_S", 0.2)
    db = open_database(db_path)
    # Finite, so a broken limit fails the test slowly instead of hanging it.
    runaway = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 300000000) "
        "SELECT count(*) FROM n"
    )
    with (
        pytest.raises(StatementInterrupted, match=r"ran for more than 0\.2 seconds"),
        db.reading() as s,
    ):
        s.execute(text(runaway))
    with db.reading() as s:  # the limit is per statement: the next one runs as usual
        assert s.execute(text("SELECT count(*) FROM person")).scalar() == 0
    db.close()


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot open a folder to flush it")
def test_the_atomic_writer_flushes_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[bool] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        flushed.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "out" / "meetups.ics"
    write_text_atomic(target, "BEGIN:VCALENDAR\r\n")
    assert flushed == [False, True]  # the file, then the folder holding the rename
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["meetups.ics"]


def test_no_sqlalchemy_error_reaches_a_user_with_its_link(db_path: Path) -> None:
    db = open_database(db_path)
    with pytest.raises(DatabaseUnavailable) as caught, db.reading() as s:
        s.execute(text("SELECT 1")).one()
        s.execute(text("SELECT 1 WHERE 0")).one()  # NoResultFound: not the driver's error
    db.close()
    assert "sqlalche.me" not in caught.value.message
    assert caught.value.message == f"Kith could not use {db_path} (NoResultFound)."
