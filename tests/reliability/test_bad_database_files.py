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
import json
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
from kith.storage import connection
from kith.storage.backup import rotating_backup
from kith.storage.database import make_engine, open_database
from kith.storage.migrate import upgrade_to_head
from kith.storage.paths import backup_dir_for
from tests.reliability.conftest import run_kith
from tests.reliability.hostile_files import HOSTILE, NAMED, REPAIRABLE

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
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
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
    assert waited >= connection.BUSY_TIMEOUT_MS / 1000


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


# --- hostile files: a Kith database with something in it Kith did not make -----------


@pytest.fixture
def good_db(kith_db: Path) -> Path:
    """A second, healthy database: the one a hostile backup would be restored into."""
    path = kith_db.parent.parent / "mine" / "kith.sqlite3"
    path.parent.mkdir()
    shutil.copy2(kith_db, path)
    return path


def _hostile(kith_db: Path, case: str, *, backed_up: bool = False) -> Path:
    """A copy of `kith_db` made hostile; `backed_up`: with a healthy backup from before."""
    path = kith_db.parent.parent / "hostile" / "kith.sqlite3"
    path.parent.mkdir()
    shutil.copy2(kith_db, path)
    if backed_up:
        _back_up(path)
    HOSTILE[case](path)
    return path


def _people(path: Path) -> int:
    uri = f"{path.as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def _no_internals(text: str) -> None:
    assert "Traceback" not in text and "sqlalche.me" not in text and "[SQL:" not in text, text


@pytest.mark.parametrize("case", list(HOSTILE))
def test_check_names_what_kith_did_not_make_and_changes_nothing(
    case: str, kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = _hostile(kith_db, case)
    people = _people(hostile)
    before = hostile.read_bytes()
    assert main(["--db", str(hostile), "check"]) == 3
    out = capsys.readouterr()
    _no_internals(out.out + out.err)
    assert NAMED[case] in out.out, out.out
    assert main(["--db", str(hostile), "check", "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] is False
    assert any(NAMED[case] in problem for problem in report["problems"]), report
    # Checking only reads: the trigger never ran, the file is as it was.
    assert hostile.read_bytes() == before and _people(hostile) == people


@pytest.mark.parametrize("case", list(HOSTILE))
def test_restore_refuses_a_hostile_backup_and_changes_nothing(
    case: str, kith_db: Path, good_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = _hostile(kith_db, case)
    before = _snapshot(good_db.parent)
    assert main(["--db", str(good_db), "restore", str(hostile)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    line = _one_clear_line(out.err, hostile)
    assert NAMED[case] in line, line
    assert _snapshot(good_db.parent) == before, "a refused restore changed the database"


@pytest.mark.parametrize("case", sorted(REPAIRABLE))
def test_opening_repairs_after_a_backup_without_running_the_trigger(
    case: str, kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = _hostile(kith_db, case)
    people = _people(hostile)
    # Logging is what would set the triggers off (and never end, for one of them).
    assert main(["--db", str(hostile), "log", "#1", "--note", "hello"]) == 0
    out = capsys.readouterr()
    _no_internals(out.out + out.err)
    told = out.err.strip()
    name = NAMED[case].split()[-1].strip("“”")
    assert told.startswith(f"kith: Kith repaired {hostile}") and f"({name})" in told, told
    assert _people(hostile) == people, "the hostile trigger ran"
    (kept,) = (p for p in backup_dir_for(hostile).iterdir() if "before-repair" in p.name)
    assert str(kept) in told
    with contextlib.closing(sqlite3.connect(kept)) as conn:  # the file as it was
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert name in names or case == "missing-index"
    assert main(["--db", str(hostile), "check"]) == 0, capsys.readouterr().out
    capsys.readouterr()


@pytest.mark.parametrize("case", sorted(set(HOSTILE) - REPAIRABLE))
def test_opening_refuses_what_cannot_be_repaired(
    case: str, kith_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = _hostile(kith_db, case, backed_up=True)
    (backup,) = backup_dir_for(hostile).iterdir()
    before = _snapshot(hostile.parent)
    for command in COMMANDS[1:]:
        code, err = _kith(capsys, hostile, *command)
        line = _one_clear_line(err, hostile)
        assert code == 1 and NAMED[case] in line, (command, line)
        assert line.endswith(_hint(hostile, backup)), line
        assert _snapshot(hostile.parent) == before, f"`kith {' '.join(command)}` changed files"


def test_an_upgrade_never_sets_off_a_hostile_trigger(tmp_path: Path) -> None:
    """A trigger on the revision itself would run while migrating; it is gone before."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0002")
    engine.dispose()
    _make_kith_db_rows(path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "CREATE TRIGGER on_upgrade AFTER UPDATE ON alembic_version "
            "BEGIN DELETE FROM person; END"
        )
    db = open_database(path)
    db.close()
    assert db.repaired is not None and "on_upgrade" in db.repaired.message
    assert _people(path) == 1


def _make_kith_db_rows(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO person (name, circle, notes, lean_on, archived, created_at,"
            " updated_at) VALUES ('Ana', 'close', '', 0, 0, '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )


ENDLESS_LOG = """
import sys
from datetime import datetime
from pathlib import Path
from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.errors import KithError
from kith.storage import connection
connection.STATEMENT_LIMIT_S = 0.5
# repair=False: the trigger is left in place
svc = open_services(Path(sys.argv[1]), FixedClock(datetime(2026, 11, 22, 12)), repair=False)
try:
    svc.interactions.log([1])
except KithError as exc:
    print(exc)
"""


def test_a_statement_that_never_ends_is_interrupted(kith_db: Path) -> None:
    """Even a trigger the inspector were to miss cannot hang Kith: SQLite's progress handler
    stops the statement, the transaction rolls back, and the user reads one line."""
    hostile = _hostile(kith_db, "endless-trigger")
    people = _people(hostile)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", ENDLESS_LOG, str(hostile)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert time.monotonic() - started < 30
    _no_internals(result.stdout + result.stderr)
    assert result.stdout.startswith(f"A step on {hostile} ran for more than 0.5 seconds"), result
    assert _people(hostile) == people
