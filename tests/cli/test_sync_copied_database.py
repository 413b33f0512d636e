"""A database copied to a second computer (or a backup opened beside the live file) takes
a device id of its own at its first round, so two databases never write one device's log."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kith.services import sync_identity
from tests.cli.test_cli import Kith


def _copy(source: Path, target: Path) -> Path:
    """The file as a user copies it: whole, with whatever the write-ahead log still held."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _names(kith: Kith) -> list[str]:
    people = kith.json("person", "list")
    assert isinstance(people, list)
    return sorted(p["name"] for p in people)


def test_a_copy_on_another_computer_syncs_as_a_device_of_its_own(
    empty_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Kith(empty_db, capsys)
    laptop.ok("sync", "--folder", str(folder), "--name", "Laptop")
    laptop.ok("person", "add", "Ana")
    laptop.ok("sync", "--now")
    first = laptop.json("sync", "--status")
    assert isinstance(first, dict)

    # The file carried to another computer: its own data folder, its own machine id.
    copy = Kith(_copy(empty_db, tmp_path / "other-computer" / "kith.sqlite3"), capsys)

    def on_the_other(*args: str) -> str:
        with monkeypatch.context() as there:
            there.setenv("XDG_DATA_HOME", str(tmp_path / "other-computer" / "data"))
            there.setattr(sync_identity, "machine_id", lambda: "another-computer")
            return copy.ok(*args)

    on_the_other("person", "add", "Ben")
    on_the_other("sync", "--now")
    said = on_the_other("sync", "--status")
    assert "now syncs as a new device" in said and first["device"] in said
    assert "new device" not in on_the_other("sync", "--status")  # said once
    second = json.loads(on_the_other("sync", "--status", "--json"))
    assert second["new_identity"] is None
    assert second["device"] != first["device"]

    laptop.ok("person", "add", "Chloé")
    for _ in range(2):
        laptop.ok("sync", "--now")
        on_the_other("sync", "--now")
    assert _names(laptop) == ["Ana", "Ben", "Chloé"]
    assert sorted(p["name"] for p in json.loads(on_the_other("person", "list", "--json"))) == [
        "Ana",
        "Ben",
        "Chloé",
    ]
    assert sorted(p.name for p in (folder / "kith-sync").iterdir()) == sorted(
        [first["device"], second["device"]]
    )
    status = laptop.json("sync", "--status")
    assert isinstance(status, dict) and status["device"] == first["device"]
    assert status["new_identity"] is None  # the original keeps its id


def test_an_old_backup_put_back_over_the_file_takes_a_new_id(
    empty_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same computer, same path: the log under its id holds changes it never made."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Kith(empty_db, capsys)
    laptop.ok("sync", "--folder", str(folder), "--name", "Laptop")
    laptop.ok("person", "add", "Ana")
    laptop.ok("sync", "--now")
    before = laptop.json("sync", "--status")
    assert isinstance(before, dict)
    backup = _copy(empty_db, tmp_path / "backup.sqlite3")
    laptop.ok("person", "add", "Ben")
    laptop.ok("sync", "--now")
    for suffix in ("-wal", "-shm"):
        Path(f"{empty_db}{suffix}").unlink(missing_ok=True)
    _copy(backup, empty_db)
    laptop.ok("person", "add", "Chloé")
    laptop.ok("sync", "--now")
    after = laptop.json("sync", "--status")
    assert isinstance(after, dict)
    assert after["device"] != before["device"]
    assert after["new_identity"] == {"former": before["device"], "reason": "shared-id"}
    assert _names(laptop) == ["Ana", "Ben", "Chloé"]
