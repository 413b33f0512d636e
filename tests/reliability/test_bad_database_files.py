"""A database file Kith cannot use: one clear line naming it, and the file left untouched.

Each case is a file a user could really end up with: pages overwritten by junk, a copy
cut short, a file from a newer Kith, a file another program has locked, a file or folder
that is read-only. For each, every command says what is wrong in one line on stderr
(no traceback), names the file, offers the latest backup when one exists and would
help, and leaves the file (and its folder) byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.storage import database
from kith.storage.backup import rotating_backup
from kith.storage.paths import backup_dir_for
from tests.reliability.conftest import run_kith

COMMANDS = (("check",), ("due",), ("person", "list"), ("log", "#1", "--note", "hello"))
Snapshot = dict[str, str]
EMPTY = hashlib.sha256(b"").hexdigest()


def _snapshot(folder: Path) -> Snapshot:
    """Every file under `folder` with a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _make_kith_db(path: Path) -> None:
    svc = open_services(path, FixedClock(datetime(2026, 11, 22, 12)))
    svc.demo.fill(people=60, years=1, seed=5)
    svc.close()


def _back_up(path: Path) -> Path:
    return rotating_backup(
        path, backup_dir_for(path), reason="daily", now=datetime(2026, 11, 21, tzinfo=UTC), keep=3
    )


def _corrupt(path: Path) -> None:
    """Random bytes over a run of pages in the middle, as a bad disk sector would leave."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    rng = random.Random(7)
    for n in range(pages // 3, pages // 3 + 6):
        data[n * page : (n + 1) * page] = rng.randbytes(page)
    path.write_bytes(bytes(data))
    assert not _sqlite_says_ok(path), "the junk missed every page in use"


def _sqlite_says_ok(path: Path) -> bool:
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _from_newer_kith(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")


BROKEN: dict[str, tuple[Callable[[Path], None], str]] = {
    "corrupt": (_corrupt, r"is damaged \(.+\); Kith has left it as it is\."),
    "truncated": (_truncate, r"is damaged \(.+\); Kith has left it as it is\."),
    "newer": (_from_newer_kith, r"was written by a newer version of Kith \(schema 0999\)"),
}


@pytest.fixture
def kith_db(empty_db: Path) -> Path:
    path = empty_db.parent / "data" / "kith.sqlite3"
    path.parent.mkdir()
    empty_db.rename(path)
    _make_kith_db(path)
    return path


def _one_clear_line(err: str, db: Path) -> str:
    assert err.count("\n") == 1 and err.startswith("kith: "), err
    assert "Traceback" not in err and "sqlalche.me" not in err and "[SQL:" not in err, err
    assert str(db) in err, f"the message does not name the file: {err}"
    return err.strip()


def _hint(db: Path, backup: Path) -> str:
    return f"The latest backup is {backup}; restore it with `kith --db {db} restore {backup}`."


def _kith(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("with_backup", [True, False], ids=["backup", "no-backup"])
@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_file_is_named_and_left_as_it_was(
    case: str, with_backup: bool, kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _back_up(kith_db) if with_backup else None
    break_it, expected = BROKEN[case]
    break_it(kith_db)
    before = _snapshot(kith_db.parent)
    for command in COMMANDS:
        code, err = _kith(capsys, kith_db, *command)
        line = _one_clear_line(err, kith_db)
        assert code == 1, (command, line)
        assert re.search(expected, line), (command, line)
        if backup is not None:
            assert line.endswith(_hint(kith_db, backup)), (command, line)
        else:
            assert "backup" not in line, (command, line)
        assert _snapshot(kith_db.parent) == before, f"`kith {' '.join(command)}` changed files"


def test_a_backup_this_kith_cannot_open_is_not_offered(
    kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = _back_up(kith_db)
    newer = rotating_backup(
        kith_db,
        backup_dir_for(kith_db),
        reason="daily",
        now=datetime(2026, 11, 22, tzinfo=UTC),
        keep=3,
    )
    _from_newer_kith(newer)  # as a newer Kith's own daily backup would be
    _truncate(kith_db)
    code, err = _kith(capsys, kith_db, "due")
    assert code == 1 and _one_clear_line(err, kith_db).endswith(_hint(kith_db, older))


@pytest.mark.slow
def test_the_cli_itself_prints_one_line_for_a_damaged_file(kith_db: Path) -> None:
    """The same through a real `python -m kith` process: no traceback reaches the terminal."""
    backup = _back_up(kith_db)
    _corrupt(kith_db)
    before = _snapshot(kith_db.parent)
    result = run_kith("log", "#1", db=kith_db)
    assert result.returncode == 1 and result.stdout == ""
    assert _one_clear_line(result.stderr, kith_db).endswith(_hint(kith_db, backup))
    assert _snapshot(kith_db.parent) == before


# --- locked by another program -------------------------------------------------------

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # keeps readers out too
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE setting SET value = value")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
"""


@pytest.fixture
def lock_holder(kith_db: Path) -> Iterator[Callable[[str], None]]:
    holders: list[subprocess.Popen[str]] = []

    def hold(how: str) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(kith_db), how],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        holders.append(proc)
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"

    yield hold
    for proc in holders:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        proc.wait(timeout=10)
        proc.stdout.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    return 0.3


def test_a_write_waits_for_a_locked_file_then_says_so(
    kith_db: Path,
    lock_holder: Callable[[str], None],
    short_busy_timeout: float,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock_holder("shared-readers")
    before = kith_db.read_bytes()
    # While another program writes, reading still works (that is what WAL is for) ...
    assert _kith(capsys, kith_db, "due") == (0, "")
    # ... and a write waits for the busy timeout, then gives up with one clear line.
    started = time.monotonic()
    code, err = _kith(capsys, kith_db, "log", "#1")
    waited = time.monotonic() - started
    line = _one_clear_line(err, kith_db)
    assert code == 1 and "is locked by another program (Kith waited 0.3 s)" in line
    assert "backup" not in line  # the file is fine; restoring would not help
    assert waited >= short_busy_timeout
    assert kith_db.read_bytes() == before


@pytest.mark.slow
def test_a_file_locked_even_for_readers_says_so(
    kith_db: Path,
    lock_holder: Callable[[str], None],
    short_busy_timeout: float,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock_holder("exclusive")
    before = kith_db.read_bytes()
    for command in COMMANDS:
        code, err = _kith(capsys, kith_db, *command)
        assert code == 1 and "is locked by another program" in _one_clear_line(err, kith_db)
    assert kith_db.read_bytes() == before


@pytest.mark.slow
def test_the_cli_waits_the_real_busy_timeout(
    kith_db: Path, lock_holder: Callable[[str], None]
) -> None:
    lock_holder("shared-readers")
    started = time.monotonic()
    result = run_kith("log", "#1", db=kith_db)
    waited = time.monotonic() - started
    assert result.returncode == 1
    assert "is locked by another program (Kith waited 5 s)" in _one_clear_line(
        result.stderr, kith_db
    )
    assert waited >= database.BUSY_TIMEOUT_MS / 1000


# --- read-only file or folder --------------------------------------------------------


def _as_ordinary_user() -> list[str]:
    """A command prefix under which file permissions apply, even when the tests run as root.

    Root ignores permissions through capabilities; dropping those from the bounding set
    makes root's processes honour them (the files stay owned by the test's user).
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: cannot drop root")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _run_as_user(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [*_as_ordinary_user(), sys.executable, "-m", "kith", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_file_can_be_read_but_a_write_is_refused(kith_db: Path) -> None:
    kith_db.chmod(0o444)
    before = _snapshot(kith_db.parent)
    try:
        shown = _run_as_user(kith_db, "person", "list", "--json")
        assert shown.returncode == 0, shown.stderr
        refused = _run_as_user(kith_db, "log", "#1")
    finally:
        kith_db.chmod(0o600)
    assert refused.returncode == 1
    line = _one_clear_line(refused.stderr, kith_db)
    assert "is read-only, so Kith cannot save to it" in line, line
    after = _snapshot(kith_db.parent)
    # A read-only connection cannot remove SQLite's (empty) WAL companions, and reading
    # may make the daily backup (a copy beside it); nothing else may appear, and the file
    # itself is unchanged.
    assert after.pop("kith.sqlite3-wal", EMPTY) == EMPTY
    after.pop("kith.sqlite3-shm", None)
    for name in [n for n in after if n.startswith("kith-backups/") and n not in before]:
        del after[name]
    assert after == before


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_database_in_a_read_only_folder_is_refused_clearly(kith_db: Path) -> None:
    folder = kith_db.parent
    before = _snapshot(folder)
    folder.chmod(0o555)
    try:
        results = [_run_as_user(kith_db, *command) for command in (("due",), ("log", "#1"))]
    finally:
        folder.chmod(0o700)
    for result in results:
        assert result.returncode == 1
        line = _one_clear_line(result.stderr, kith_db)
        assert "its folder is read-only" in line, line
    assert _snapshot(folder) == before
