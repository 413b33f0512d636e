"""`kith sync`: two databases sharing a folder from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import Kith


@pytest.fixture
def laptop(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    return Kith(empty_db, capsys)


@pytest.fixture
def desktop(empty_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    other = tmp_path / "desktop.sqlite3"
    shutil.copy2(empty_db, other)
    return Kith(other, capsys)


def test_sync_now_sends_and_receives_and_status_names_the_other(
    laptop: Kith, desktop: Kith, tmp_path: Path
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop.ok("sync", "--folder", str(folder), "--name", "Laptop")
    desktop.ok("sync", "--folder", str(folder), "--name", "Desktop")
    laptop.ok("person", "add", "Ana Silva")
    assert "Sent 6 changed records" in laptop.ok("sync", "--now")
    out = desktop.ok("sync", "--now")
    assert "received 1 from Laptop" in out
    assert "Ana Silva" in desktop.ok("person", "list")
    status = desktop.json("sync", "--status")
    assert isinstance(status, dict)
    assert status["name"] == "Desktop"
    assert [d["name"] for d in status["devices"]] == ["Laptop"]
    assert status["conflicts"] == []
    text = desktop.ok("sync", "--status")
    assert "Laptop: heard from just now" in text


def test_sync_refuses_a_missing_folder_and_the_folder_holding_the_database(
    laptop: Kith, tmp_path: Path
) -> None:
    assert "There is no folder" in laptop.fails("sync", "--folder", str(tmp_path / "nope"))
    assert "inside" in laptop.fails("sync", "--folder", str(laptop.db.parent))
    assert "No sync folder is chosen" in laptop.fails("sync", "--now")
    assert "needs a name" in laptop.fails("sync", "--name", "  ")


def test_sync_use_keeps_the_other_value(laptop: Kith, desktop: Kith, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop.ok("sync", "--folder", str(folder), "--name", "Laptop")
    desktop.ok("sync", "--folder", str(folder), "--name", "Desktop")
    laptop.ok("person", "add", "Ana")
    laptop.ok("sync", "--now")
    desktop.ok("sync", "--now")
    laptop.ok("person", "edit", "Ana", "--organisation", "Laptop Ltd")
    desktop.ok("person", "edit", "Ana", "--organisation", "Desktop Inc")
    laptop.ok("sync", "--now")
    assert "changed on two devices" in desktop.ok("sync", "--now")
    listed = desktop.ok("sync", "--status")
    assert "1. person" in listed and "kith sync --use 1" in listed
    assert "There is no conflict 2" in desktop.fails("sync", "--use", "2")
    desktop.ok("sync", "--use", "1")
    assert desktop.json("sync", "--status")["conflicts"] == []  # type: ignore[index]
