"""A full disk: every writer fails with a clear error and leaves nothing half-written.

The target is a tiny tmpfs (mounting needs root; otherwise these tests skip and say so).
Each entry of WRITERS writes into a folder on it and must raise FileNotWritten naming
its target, leaving no partial file and no temporary file behind. The exports (.ics,
vCard, JSON archive, `kith backup OUT`) are entries too, and are also run as commands.
To cover another writer, add one entry: a function that writes into the given folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.services.app import Services
from kith.services.calendar_export import CalendarSelection
from kith.services.views import MeetupInput, PersonInput
from kith.storage.backup import copy_database, rotating_backup
from kith.storage.errors import FileNotWritten, NoSpaceLeft
from kith.storage.files import atomic_text_output, write_bytes_atomic, write_text_atomic

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tmpfs: Linux")

TINY = 256 * 1024  # bytes on the small disk
BIG_TEXT = "Ana, what she told me about the new job. " * 20_000  # ~ 820 kB


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a tmpfs of TINY bytes, unmounted afterwards."""
    yield from _tmpfs(tmp_path, TINY)


@pytest.fixture
def database_disk(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs with room for a new database and its migrations' journal, little more."""
    yield from _tmpfs(tmp_path, 2 * TINY)


def _tmpfs(tmp_path: Path, size: int) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root (run `make reliability` as root)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "kith-full", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database well over TINY, on the normal disk."""
    path = tmp_path_factory.mktemp("source") / "kith.sqlite3"
    svc = open_services(path, FixedClock(datetime(2026, 11, 22, 12)))
    svc.demo.fill(people=150, years=2, seed=3)
    # Long notes on a few people and upcoming meetups make every export bigger than the disk.
    long_note = BIG_TEXT[:15_000]
    for n in range(20):
        friend = svc.people.add(PersonInput(name=f"Long-story friend {n}", notes=long_note))
        svc.meetups.plan(
            MeetupInput(
                title=f"Walk {n}",
                person_ids=(friend.id,),
                on_day=date(2026, 12, 1 + n),
                duration_minutes=None,
                notes=long_note,
            )
        )
    svc.close()
    assert path.stat().st_size > 2 * TINY
    return path


Writer = Callable[[Path, Path], Path]  # (database, folder on the small disk) -> target


def _copy(db: Path, folder: Path) -> Path:
    target = folder / "copy.sqlite3"
    copy_database(db, target)
    return target


def _rotating(db: Path, folder: Path) -> Path:
    now = datetime(2026, 11, 22, tzinfo=UTC)
    return rotating_backup(db, folder / "backups", reason="daily", now=now, keep=3)


def _text(db: Path, folder: Path) -> Path:
    write_text_atomic(folder / "notes.txt", BIG_TEXT)
    return folder / "notes.txt"


def _bytes(db: Path, folder: Path) -> Path:
    write_bytes_atomic(folder / "people.vcf", BIG_TEXT.encode())
    return folder / "people.vcf"


def _streamed(db: Path, folder: Path) -> Path:
    with atomic_text_output(folder / "meetups.ics") as out:
        for _ in range(20_000):
            out.write("BEGIN:VEVENT\r\nSUMMARY:Coffee\r\nEND:VEVENT\r\n")
    return folder / "meetups.ics"


def _exporting(export: Callable[[Services, Path], object], name: str) -> Writer:
    """An export as the CLI and the GUI run it: through the services, into `folder/name`."""

    def write(db: Path, folder: Path) -> Path:
        svc = open_services(db, FixedClock(datetime(2026, 11, 22, 12)))
        try:
            export(svc, folder / name)
        finally:
            svc.close()
        return folder / name

    return write


WRITERS: dict[str, Writer] = {
    "backup.copy_database": _copy,
    "backup.rotating_backup": _rotating,
    "files.write_text_atomic": _text,
    "files.write_bytes_atomic": _bytes,
    "files.atomic_text_output": _streamed,
    "kith export-ics": _exporting(
        lambda svc, out: svc.calendar_export.export(out, CalendarSelection(include_dates=True)),
        "meetups.ics",
    ),
    "kith export-vcf": _exporting(lambda svc, out: svc.contacts.export_file(out), "people.vcf"),
    "kith export-json": _exporting(lambda svc, out: svc.archive.export_file(out), "kith.json"),
    "kith backup OUT": _exporting(lambda svc, out: svc.backups.backup_to(out), "copy.sqlite3"),
}
COMMANDS = {  # the same exports from the command line
    "export-ics": "meetups.ics",
    "export-vcf": "people.vcf",
    "export-json": "kith.json",
    "backup": "copy.sqlite3",
}


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_full_disk_fails_clearly_and_leaves_nothing(
    writer: str, big_db: Path, small_disk: Path
) -> None:
    before = _files(small_disk)
    with pytest.raises(FileNotWritten) as failed:
        WRITERS[writer](big_db, small_disk)
    message = str(failed.value)
    assert "no space left" in message and str(small_disk) in message, message
    assert "\n" not in message
    assert isinstance(failed.value, OSError)  # callers that catch OSError still do
    assert _files(small_disk) == before, "a partial or temporary file was left behind"


@pytest.mark.parametrize("writer", list(WRITERS))
def test_the_same_writers_succeed_when_there_is_room(
    writer: str, big_db: Path, tmp_path: Path
) -> None:
    """The other half of honesty: the failure above is the disk, not a broken writer."""
    folder = tmp_path / "roomy"
    target = WRITERS[writer](big_db, folder)
    assert target.stat().st_size > TINY
    assert [p for p in _files(folder) if ".tmp" in p or "journal" in p] == []


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_export_command_on_a_full_disk_says_so_in_one_line(
    command: str, big_db: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk / COMMANDS[command]
    code = main(["--db", str(big_db), command, str(target)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("kith: ") and "no space left" in err, err
    assert str(small_disk) in err
    assert _files(small_disk) == [], "a partial or temporary file was left behind"


def test_a_full_disk_refuses_a_database_write_and_keeps_the_rest(
    database_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = database_disk / "kith.sqlite3"
    svc = open_services(db_path, FixedClock(datetime(2026, 11, 22)))
    added = 0
    with pytest.raises(NoSpaceLeft, match="is full, so nothing was saved"):
        for n in range(10_000):
            svc.people.add(PersonInput(name=f"Friend {n}", notes=BIG_TEXT[:20_000]))
            added += 1
    assert added > 0
    report = svc.health.check()
    assert report.healthy and report.counts["person"] == added
    svc.close()
    code = main(["--db", str(db_path), "person", "add", "One more", "--note", BIG_TEXT[:50_000]])
    lines = capsys.readouterr().err.splitlines()
    # The daily backup cannot be made either; it says so on its own line first.
    assert code == 1 and str(db_path) in lines[-1] and "is full" in lines[-1]
    assert all(line.startswith("kith: ") for line in lines) and len(lines) <= 2
