"""The database file: created private, migrated by Alembic, upgraded after a backup."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kith.storage.backup import list_backups
from kith.storage.database import make_engine, open_database
from kith.storage.errors import DatabaseTooNew, DatabaseUnavailable, NotAKithDatabase
from kith.storage.migrate import head_revision, upgrade_to_head
from kith.storage.paths import backup_dir_for
from kith.storage.revision import KNOWN_REVISIONS, SCHEMA_REVISION


def test_schema_revision_matches_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_REVISION
    assert KNOWN_REVISIONS[-1] == SCHEMA_REVISION


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_database_is_private_and_in_wal_mode(db_path: Path) -> None:
    db = open_database(db_path)
    with db.reading() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        # The file's views and triggers may call none of SQLite's functions with effects.
        assert s.execute(text("PRAGMA trusted_schema")).scalar() == 0
    db.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    db = open_database(db_path)
    with pytest.raises(Exception, match="FOREIGN KEY"), db.writing() as s:
        s.execute(
            text(
                "INSERT INTO follow_up (person_id, text, created_at) VALUES (99, 'x', '2026-01-01')"
            )
        )
    db.close()


def _first_revision_db(path: Path) -> None:
    """A database exactly as the first release of Kith created it, with one person."""
    db = make_engine(path)
    upgrade_to_head(db, "0001")
    with db.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (name, circle, notes, lean_on, archived, created_at,"
                " updated_at) VALUES ('Ana', 'close', '', 0, 0, '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00')"
            )
        )
    db.dispose()


def test_a_database_from_the_first_migration_is_backed_up_then_upgraded(db_path: Path) -> None:
    _first_revision_db(db_path)
    db = open_database(db_path)
    with db.reading() as s:
        assert (
            s.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_REVISION
        )
        assert s.execute(text("SELECT name, snoozed_until FROM person")).one() == ("Ana", None)
    db.close()
    (backup,) = list_backups(backup_dir_for(db_path), db_path.stem)
    assert "before-upgrade-from-0001" in backup.name
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    open_database(db_path).close()
    code = (
        "import sys; from pathlib import Path; from kith.storage.database import open_database;"
        f"open_database(Path({str(db_path)!r})).close();"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_database_from_a_newer_kith_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of Kith"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"these are my holiday notes, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(NotAKithDatabase, match="not a Kith database"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_another_apps_sqlite_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotAKithDatabase, match="not one of Kith's"):
        open_database(db_path)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="is a folder"):
        open_database(tmp_path)
