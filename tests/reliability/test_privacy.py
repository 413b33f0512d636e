"""Everything Kith writes is readable by its owner only, whatever the umask says.

The database holds notes about people's lives; its journal files, its backups and every
file Kith writes must not be readable by other accounts on the machine.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.services.views import PersonInput
from kith.storage.backup import copy_database, rotating_backup
from kith.storage.database import open_database
from kith.storage.files import atomic_text_output, write_bytes_atomic, write_text_atomic
from tests.reliability.conftest import run_kith

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

FILE, FOLDER = 0o600, 0o700


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_the_database_and_its_journal_files_are_private(tmp_path: Path, umask: int) -> None:
    db_path = tmp_path / "new" / "folders" / "kith.sqlite3"
    svc = open_services(db_path, FixedClock(datetime(2026, 11, 22)))
    try:
        svc.people.add(PersonInput(name="Ana", notes="what she told me in confidence"))
        # While the database is open, SQLite keeps a write-ahead log and shared memory.
        wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: mode(p) for p in (db_path, wal, shm)} == {
            "kith.sqlite3": FILE,
            "kith.sqlite3-wal": FILE,
            "kith.sqlite3-shm": FILE,
        }
    finally:
        svc.close()
    assert mode(tmp_path / "new") == FOLDER and mode(tmp_path / "new" / "folders") == FOLDER


def test_backups_and_their_folder_are_private(tmp_path: Path, umask: int) -> None:
    db_path = tmp_path / "kith.sqlite3"
    open_database(db_path).close()
    folder = tmp_path / "backups" / "kith"
    backup = rotating_backup(
        db_path, folder, reason="daily", now=datetime(2026, 11, 22, tzinfo=UTC), keep=2
    )
    copied = tmp_path / "elsewhere" / "copy.sqlite3"
    copy_database(db_path, copied)
    assert mode(backup) == FILE and mode(copied) == FILE
    assert mode(folder) == FOLDER and mode(folder.parent) == FOLDER
    assert mode(copied.parent) == FOLDER
    assert sorted(p.name for p in folder.iterdir()) == [backup.name]  # no temp files


def test_files_written_atomically_are_private(tmp_path: Path, umask: int) -> None:
    text_file = tmp_path / "exports" / "new" / "people.json"
    write_text_atomic(text_file, '{"name": "Ana"}')
    binary_file = tmp_path / "exports" / "people.vcf"
    write_bytes_atomic(binary_file, b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    streamed = tmp_path / "exports" / "meetups.ics"
    with atomic_text_output(streamed) as out:
        out.write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    for written in (text_file, binary_file, streamed):
        assert mode(written) == FILE, written
    assert mode(tmp_path / "exports") == FOLDER and mode(text_file.parent) == FOLDER


def test_replacing_a_file_keeps_it_private(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "people.json"
    target.write_text("old")
    target.chmod(0o644)
    write_text_atomic(target, "new")
    assert target.read_text() == "new" and mode(target) == FILE


@pytest.mark.slow
def test_the_cli_creates_a_private_database_under_umask_0(tmp_path: Path) -> None:
    db_path = tmp_path / "fresh" / "kith.sqlite3"
    result = run_kith("person", "add", "Ana", db=db_path, umask=0)
    assert result.returncode == 0, result.stderr
    assert mode(db_path) == FILE and mode(db_path.parent) == FOLDER
    # The first command of the day also makes the daily backup: private as well.
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["kith-backups", "kith.sqlite3"]
    backups = db_path.parent / "kith-backups"
    assert mode(backups) == FOLDER
    assert [mode(p) for p in backups.iterdir()] == [FILE]
