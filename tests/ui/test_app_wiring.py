"""The whole window as the app wires it: Plans and Map, reminders, import and export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kith.services.views import MeetupInput
from kith.ui.interchange.import_contacts import ImportContactsDialog
from kith.ui.map.view import RelationshipMap
from kith.ui.plans.page import PlansPage
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.shell.main_window import MainWindow
from tests.ui.conftest import NoDesktop


def test_plans_and_map_are_real_places(window: MainWindow) -> None:
    window.show_place("plans")
    assert isinstance(window.stack.currentWidget(), PlansPage)
    window.show_place("map")
    assert isinstance(window.stack.currentWidget(), RelationshipMap)


def test_the_tray_opens_a_due_person_in_the_real_window(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring], people: dict[str, int]
) -> None:
    window, wiring = wired
    tray = wiring.tray
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "3 people to see")
    tray.due_menu.aboutToShow.emit()
    names = [a.text() for a in tray.due_menu.actions()]
    assert names == ["Chloé Martin", "Ana Silva", "Ben Okafor"]  # as Today lists them
    tray.due_menu.actions()[2].trigger()
    qtbot.waitUntil(lambda: window.current_place() == "person")
    assert window.person.person_id == people["Ben"]
    # The banner that catches undelivered reminders sits at the top of Today.
    assert wiring.banner.parent() is window.today_place
    # Settings (with the live calendar file) is in the Edit menu of the real window.
    wiring.settings_action.trigger()
    dialog = wiring.settings_dialog
    assert dialog is not None and dialog.live_calendar.isVisible()
    dialog.close()


def test_first_run_offers_importing_contacts(
    qtbot: QtBot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    card = tmp_path / "friends.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Park\r\nN:Park;Zoë;;;\r\nEND:VCARD\r\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(card), ""))
    )
    first_run = empty_window.first_run
    assert first_run.isVisible() and first_run.import_button.isVisible()
    first_run.import_button.click()
    dialog = empty_window.findChild(ImportContactsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    rows = range(dialog.added_model.rowCount())
    assert any("Zoë Park" in dialog.added_model.text(row) for row in rows)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    assert [p.name for p in empty_window.services.people.list()] == ["Zoë Park"]
    dialog.close()


def test_file_menu_exports_contacts_and_plans_export_a_meetup(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    out = tmp_path / "people"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.export_contacts_action.trigger()
    written = (tmp_path / "people.vcf").read_text(encoding="utf-8")
    assert written.count("BEGIN:VCARD") == 5 and "Chloé Martin" in written

    meetup = window.services.meetups.plan(
        MeetupInput(
            title="Climbing", person_ids=(people["Ana"],), starts_at=datetime(2026, 12, 1, 18)
        )
    )
    out = tmp_path / "climbing"
    window.show_place("plans")
    page = window.plans
    qtbot.waitUntil(lambda: page.model.index_of(meetup.id).isValid())
    page.tree.setCurrentIndex(page.model.index_of(meetup.id))
    assert page.export_action.isEnabled()
    page.export_action.trigger()
    ics = (tmp_path / "climbing.ics").read_text(encoding="utf-8")
    assert f"UID:{meetup.uid}" in ics and "SUMMARY:Climbing" in ics


def test_the_app_listens_to_the_bus_through_one_bridge_and_lets_go_on_close(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from kith.ui.shell import app as shell_app
    from kith.ui.shell.single_instance import SingleInstance

    monkeypatch.setattr("kith.ui.reminders.wiring.DesktopNotifier", NoDesktop)
    monkeypatch.setattr(shell_app, "_daily_backup", lambda _services: None)
    window = MainWindow(None)
    qtbot.addWidget(window)
    instance = SingleInstance(f"kith-test-{tmp_path.name}")
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    opening = shell_app._Opening(qapp, window, tmp_path / "kith.sqlite3", instance)
    opening.open()
    services = opening.services
    assert services is not None
    try:
        # The window's bridge, the live calendar file and the kept due list: nothing
        # else on the raw bus.
        assert services.changes.listeners == 3
        assert window.changes.parent() is not window
        assert window.plans.refresher is not None and window.map.refresher is not None
        assert services.changes.listeners == 3  # places built later share the bridge
    finally:
        bus = services.changes
        opening.close()
        instance.release()
    assert bus.listeners == 0


def test_a_reminder_check_still_reading_at_close_leaves_the_next_start_its_snapshot(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing Kith while its first reminder check reads: the check ends before the
    database closes, so the files Today's snapshot is keyed on do not move after it."""
    import threading
    import time

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from kith.services.reminders import ReminderService
    from kith.ui.shell import app as shell_app
    from kith.ui.shell.single_instance import SingleInstance
    from kith.ui.today.snapshot import key_for, read_snapshot

    monkeypatch.setattr("kith.ui.reminders.wiring.DesktopNotifier", NoDesktop)
    monkeypatch.setattr(shell_app, "_daily_backup", lambda _services: None)
    reading = threading.Event()
    prepare = ReminderService.prepare

    def slow_prepare(self: ReminderService, now: datetime) -> object:
        reading.set()
        time.sleep(0.5)
        return prepare(self, now)

    monkeypatch.setattr(ReminderService, "prepare", slow_prepare)
    db = tmp_path / "kith.sqlite3"
    window = MainWindow(None)
    qtbot.addWidget(window)
    instance = SingleInstance(f"kith-test-{tmp_path.name}")
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    opening = shell_app._Opening(qapp, window, db, instance)
    opening.open()
    services = opening.services
    assert services is not None
    today = services.ctx.today()
    qtbot.waitUntil(reading.is_set, timeout=10_000)
    try:
        opening.close()
    finally:
        instance.release()
    # Whatever that check would still do, it has done by now: the next start comes later.
    for thread in threading.enumerate():
        if thread.name == "kith-reminders":
            thread.join(10)
    assert read_snapshot(db, key_for(db, today, QLocale().name())) is not None
