"""After an export the window says what was saved where, and shows the folder on request."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kith.services.views import MeetupInput
from kith.ui.interchange.calendar_export import export_upcoming
from kith.ui.interchange.contacts_export import export_contacts
from kith.ui.shell.main_window import MainWindow
from tests.ui.dbus_session import dbus_daemon

FILE_MANAGER = Path(__file__).with_name("file_manager_server.py")


class FileManager(QObject):
    """Stands in for the desktop's file manager: records the file: URLs Kith asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_manager(monkeypatch: pytest.MonkeyPatch) -> Iterator[FileManager]:
    """No file manager on a session bus: the folder opens through QDesktopServices."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "open_url")
    try:
        yield manager
    finally:
        QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The native save dialog answers with a file in a folder of tmp_path."""
    folder = tmp_path / "exports"
    folder.mkdir()

    def fake_save(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        return str(folder / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    return folder


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file manager selects there")
def test_a_calendar_export_says_how_many_and_where_and_shows_its_folder(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    save_as: Path,
    file_manager: FileManager,
) -> None:
    services = window.services
    for title, day in (("Climb", 25), ("Chess", 26)):
        services.meetups.plan(
            MeetupInput(title, person_ids=(people["Ana"],), starts_at=datetime(2026, 12, day, 18))
        )
    written = export_upcoming(services, window)

    assert written == save_as / "kith-meetups.ics" and written.is_file()
    assert window.statusBar().currentMessage() == "Saved 2 meetups to kith-meetups.ics."
    button = window.saved_note.button
    assert button.isVisible() and button.text() == "Show in Folder"
    button.click()
    assert file_manager.opened == [QUrl.fromLocalFile(str(save_as))]


def test_a_contacts_export_offers_its_folder_until_another_note_replaces_it(
    qtbot: QtBot, window: MainWindow, save_as: Path
) -> None:
    written = export_contacts(window.services, None, window)

    assert written is not None and window.saved_note.path == written
    assert window.statusBar().currentMessage().startswith("Saved ")
    assert window.saved_note.button.isVisible()
    window.tell("Saw Ana today.")
    assert not window.saved_note.button.isVisible() and window.saved_note.path is None


def test_a_refused_export_offers_no_folder(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_args: (str(tmp_path / "missing" / "out.ics"), "")),
    )
    assert export_upcoming(window.services, window) is None
    assert not window.saved_note.button.isVisible()
    box = window.findChild(QObject, "calendarExportError")
    assert box is not None
    box.close()  # type: ignore[attr-defined]


def test_everything_goes_into_a_json_archive_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, save_as: Path
) -> None:
    window.menu_actions.export_archive.trigger()

    written = save_as / "kith-archive.json"
    archive = json.loads(written.read_text(encoding="utf-8"))
    assert len(archive["people"]) == 5
    assert (
        window.statusBar().currentMessage() == "Saved everything, 5 people, to kith-archive.json."
    )
    assert window.saved_note.path == written


@contextmanager
def file_manager_on_the_bus(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A private session bus with a FileManager1 service: its address, the file of calls."""
    daemon = subprocess.Popen(
        [dbus_daemon(), "--session", "--print-address", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    server = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        record = tmp_path / "shown.jsonl"
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
        server = subprocess.Popen([sys.executable, str(FILE_MANAGER), str(record)], env=env)
        deadline = time.monotonic() + 20
        while not record.with_suffix(".ready").exists():
            assert server.poll() is None, "the test file manager did not start"
            assert time.monotonic() < deadline, "the test file manager is slow to start"
            time.sleep(0.05)
        yield address, record
    finally:
        for process in (server, daemon):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the session bus is Linux's")
def test_a_file_manager_on_the_session_bus_shows_the_file_selected(
    qtbot: QtBot,
    window: MainWindow,
    save_as: Path,
    file_manager: FileManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = export_contacts(window.services, None, window)
    assert written is not None
    with file_manager_on_the_bus(tmp_path) as (address, record):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        window.saved_note.button.click()
        qtbot.waitUntil(lambda: record.exists() and bool(record.read_text(encoding="utf-8")))
    shown = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert shown == [[QUrl.fromLocalFile(str(written)).toString()]]
    assert file_manager.opened == []  # selected by the file manager, not opened as a folder
