"""Exporting meetups from the GUI and the live calendar setting, with real widgets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.services.live_calendar import FILE_NAME, attach_live_calendar
from kith.services.views import MeetupInput, PersonInput
from kith.ui.interchange.calendar_export import (
    LiveCalendarSettings,
    export_meetup,
    export_person_meetups,
    export_upcoming,
    export_upcoming_action,
)


def summaries(path: Path) -> set[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}


@pytest.fixture
def planned(services: Services) -> tuple[int, int]:
    ana = services.people.add(PersonInput("Ana Lima", birthday=(1990, 5, 1))).id
    ben = services.people.add(PersonInput("Ben")).id
    first = services.meetups.plan(
        MeetupInput("Climb", person_ids=(ana,), starts_at=datetime(2026, 11, 25, 18, 0))
    ).id
    services.meetups.plan(
        MeetupInput("Chess", person_ids=(ben,), starts_at=datetime(2026, 11, 26, 18, 0))
    )
    return ana, first


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The native save dialog answers with a file in tmp_path; records the suggestions."""
    suggested: list[str] = []

    def fake_save(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(tmp_path / "out"), filters  # no suffix: Kith adds .ics

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    return suggested


def test_export_one_meetup(
    qtbot: QtBot, services: Services, planned: tuple[int, int], save_to: list[str], tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    path = export_meetup(services, planned[1], window)
    assert path == tmp_path / "out.ics"
    assert summaries(path) == {"Climb"} and save_to == ["Climb.ics"]


def test_export_upcoming_from_the_menu_action(
    qtbot: QtBot, services: Services, planned: tuple[int, int], save_to: list[str], tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    action = export_upcoming_action(services, window)
    assert action.text() == "Export Upcoming Meetups…"
    action.trigger()
    assert summaries(tmp_path / "out.ics") == {"Climb", "Chess"}


def test_export_a_persons_meetups_with_their_birthday(
    qtbot: QtBot, services: Services, planned: tuple[int, int], save_to: list[str]
) -> None:
    path = export_person_meetups(services, planned[0])
    assert path is not None
    assert summaries(path) == {"Climb", "Ana Lima’s birthday"}
    assert save_to == ["Ana-Lima-meetups.ics"]


def test_cancelled_save_dialog_writes_nothing(
    services: Services, planned: tuple[int, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert export_upcoming(services) is None
    assert list(tmp_path.glob("*.ics")) == []


def test_nothing_to_export_is_explained(
    qtbot: QtBot, services: Services, save_to: list[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert export_upcoming(services, window) is None
    box = window.findChild(QMessageBox, "calendarExportError")
    assert box is not None and "no meetups to export" in box.text()
    box.close()


def test_live_calendar_setting_turns_on_and_off(
    qtbot: QtBot,
    services: Services,
    planned: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "Synced"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder)))
    handle = attach_live_calendar(services)
    widget = LiveCalendarSettings(services)
    qtbot.addWidget(widget)
    assert widget.status.text().startswith("Off") and not widget.off_button.isEnabled()
    qtbot.mouseClick(widget.choose_button, qtbot_left())
    target = folder / FILE_NAME
    assert summaries(target) == {"Climb", "Chess"}
    assert str(target) in widget.status.text() and widget.off_button.isEnabled()
    assert widget.choose_button.text() == "Change Folder…"
    services.meetups.plan(
        MeetupInput("Dinner", person_ids=(planned[0],), starts_at=datetime(2026, 11, 27, 19, 0))
    )
    assert summaries(target) == {"Climb", "Chess", "Dinner"}
    qtbot.mouseClick(widget.off_button, qtbot_left())
    assert widget.status.text().startswith("Off")
    assert services.live_calendar.folder() is None
    handle.detach()


def test_live_calendar_folder_that_cannot_be_written_is_explained(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(not_a_folder))
    )
    widget = LiveCalendarSettings(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.choose_button.click()
    assert widget.problem.isVisible() and "is a file, not a folder" in widget.problem.text()
    assert services.live_calendar.folder() is None


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
