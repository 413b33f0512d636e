"""A command skips reading every page only when the file is exactly as it was found sound.

Damage between two commands (junk over pages, a copy cut short) is still caught by the
next command, which refuses the file in one line and leaves it as it was; an unchanged
file is not read whole again.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.storage import checked, connection
from tests.reliability.test_bad_database_files import (
    BROKEN,
    _make_kith_db,
    _one_clear_line,
    _snapshot,
)


@pytest.fixture
def kith_db(empty_db: Path) -> Path:
    path = empty_db.parent / "data" / "kith.sqlite3"
    path.parent.mkdir()
    empty_db.rename(path)
    _make_kith_db(path)
    return path


@pytest.fixture
def full_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every database read whole by quick_check, in order (by the full open, or by the
    read-only one `kith due` and `kith today` use)."""
    seen: list[Path] = []
    real = connection.read_whole

    def counting(conn: sqlite3.Connection) -> list[str]:
        seen.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn)

    monkeypatch.setattr(connection, "read_whole", counting)
    return seen


def _kith(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    return code, capsys.readouterr().err


def test_an_unchanged_file_is_read_whole_once(
    kith_db: Path, full_reads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (("due",), ("log", "#1", "--note", "hello"), ("person", "list"), ("due",)):
        code, err = _kith(capsys, kith_db, *command)
        assert code == 0, err
    # The first command checked it; its own writes through SQLite kept it known sound.
    assert full_reads == [kith_db]


def test_a_write_by_another_program_means_a_check_again(
    kith_db: Path, full_reads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _kith(capsys, kith_db, "due")[0] == 0
    with sqlite3.connect(kith_db) as conn:
        conn.execute("UPDATE person SET notes = 'from elsewhere' WHERE id = 1")
    conn.close()
    assert _kith(capsys, kith_db, "due")[0] == 0
    assert full_reads == [kith_db, kith_db]


def test_a_reader_that_leaves_an_empty_log_behind_changes_nothing(
    kith_db: Path, full_reads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _kith(capsys, kith_db, "due")[0] == 0
    # What the sqlite3 shell leaves after reading a file in WAL mode: an empty log.
    Path(f"{kith_db}-wal").write_bytes(b"")
    assert _kith(capsys, kith_db, "due")[0] == 0
    assert full_reads == [kith_db]
    # A log with pages in it is a change: the next command reads every page again.
    with sqlite3.connect(kith_db) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE person SET notes = 'from elsewhere' WHERE id = 1")
        conn.commit()
        assert os.path.getsize(f"{kith_db}-wal") > 0
        assert _kith(capsys, kith_db, "due")[0] == 0
    conn.close()
    assert full_reads == [kith_db, kith_db]


@pytest.mark.parametrize("case", ["corrupt", "truncated"])
def test_damage_between_two_commands_is_caught_by_the_next(
    case: str, kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (("due",), ("log", "#1", "--note", "hello")):
        assert _kith(capsys, kith_db, *command)[0] == 0
    assert checked.unchanged_since_clean_check(kith_db)
    break_it, expected = BROKEN[case]
    break_it(kith_db)
    before = _snapshot(kith_db.parent)
    for command in (("person", "list"), ("log", "#1", "--note", "again")):
        code, err = _kith(capsys, kith_db, *command)
        line = _one_clear_line(err, kith_db)
        assert code == 1 and re.search(expected, line), line
    assert _snapshot(kith_db.parent) == before


def test_a_file_replaced_while_a_command_runs_is_not_taken_as_checked(
    kith_db: Path, full_reads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _kith(capsys, kith_db, "due")[0] == 0
    opened = open_services(kith_db, verify=True)
    assert full_reads == [kith_db]  # known sound: not read whole again
    other = kith_db.with_name("other.sqlite3")
    shutil.copyfile(kith_db, other)
    os.replace(other, kith_db)  # as another program putting a file in its place would
    opened.close()
    assert not checked.unchanged_since_clean_check(kith_db)
    assert _kith(capsys, kith_db, "due")[0] == 0
    assert full_reads == [kith_db, kith_db]


SECOND_COMMAND = """
import sys
from kith.cli.main import main
assert main(["--db", sys.argv[1], "log", "#1", "--note", "again"]) == 0
schema_checks = ("kith.storage.inspector", "kith.storage.fingerprint")
print(sorted(m for m in sys.modules if m.startswith(schema_checks)))
"""


def test_a_command_on_a_file_known_sound_loads_no_inspector(
    kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What keeps `kith log` quick at 100,000 people: the schema was inspected when the
    file was found sound, and the file has not changed since."""
    assert _kith(capsys, kith_db, "due")[0] == 0
    done = subprocess.run(
        [sys.executable, "-c", SECOND_COMMAND, str(kith_db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr


def test_a_note_made_by_another_version_means_a_check_again(
    kith_db: Path, full_reads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _kith(capsys, kith_db, "due")[0] == 0
    note = checked.note_path(kith_db)
    noted = json.loads(note.read_text("utf-8"))
    noted[1] = "0.0.1"  # as an older Kith, with other rules for the schema, wrote it
    note.write_text(json.dumps(noted), "utf-8")
    assert not checked.unchanged_since_clean_check(kith_db)
    assert _kith(capsys, kith_db, "due")[0] == 0
    assert full_reads == [kith_db, kith_db]
