"""Tray, reminder loop, banner, settings and single instance, offscreen with real widgets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import Mode
from kith.notify.base import NotifyError
from kith.services.app import Services
from kith.services.reminders import Prepared
from kith.services.settings import TOLD_ABOUT_TRAY
from kith.services.views import PersonInput
from kith.system.autostart import XdgAutostart
from kith.ui.reminders.wiring import ReminderWiring, attach_reminders
from kith.ui.shell.single_instance import SingleInstance, instance_name


class FakeTimer(QObject):
    """Fires only when the test says so."""

    timeout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.interval: int | None = None

    def start(self, msec: int) -> None:
        self.interval = msec

    def stop(self) -> None:
        self.interval = None


class StandInWindow(QMainWindow):
    """The main window's surface that reminders use."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[int] = []
        for title in ("&File", "&Edit", "&View", "&Help"):
            self.menuBar().addMenu(title)

    def open_person(self, person_id: int) -> None:
        self.opened.append(person_id)

    def show_place(self, name: str) -> None:
        pass


class FailingDesktop:
    name = "desktop notification"

    def __init__(self) -> None:
        self.tried = 0

    def send(self, title: str, body: str) -> None:
        self.tried += 1
        raise NotifyError("no notification service", code="notify.test")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 8, 0), "Europe/Berlin")


@pytest.fixture
def app_services(empty_db: Path, clock: FixedClock) -> Iterator[Services]:
    svc = open_services(empty_db, clock)
    yield svc
    svc.close()


def seen(svc: Services, name: str, days_ago: int) -> int:
    person = svc.people.add(PersonInput(name=name, rhythm_days=7))
    svc.interactions.log([person.id], Mode.IN_PERSON, svc.ctx.today() - timedelta(days=days_ago))
    return person.id


def attach(
    qtbot: QtBot, svc: Services, clock: FixedClock, *, tray: bool, tmp_path: Path
) -> tuple[StandInWindow, ReminderWiring, FakeTimer, FailingDesktop]:
    window = StandInWindow()
    qtbot.addWidget(window)
    timer = FakeTimer()
    desktop = FailingDesktop()
    wiring = attach_reminders(
        window,
        svc,
        clock,
        timer=timer,
        available=lambda: tray,
        desktop=desktop,
        autostart=XdgAutostart(["kith"], tmp_path / "config"),
        start=False,
    )
    with qtbot.waitSignal(wiring.loop.ticked):
        wiring.loop.start()
    return window, wiring, timer, desktop


def tick(qtbot: QtBot, wiring: ReminderWiring, timer: FakeTimer) -> None:
    """One timer shot, and the check it starts (read on a worker thread) finished."""
    with qtbot.waitSignal(wiring.loop.ticked, timeout=5000):
        timer.timeout.emit()


def test_the_digest_falls_through_to_the_banner_at_nine(
    qtbot: QtBot, app_services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    seen(app_services, "Ana", 20)
    window, wiring, timer, desktop = attach(
        qtbot, app_services, clock, tray=False, tmp_path=tmp_path
    )
    window.show()
    assert timer.interval == 60_000
    assert not wiring.banner.isVisible()  # the first check only marks the start
    for _ in range(2 * 12):  # two hours, a check every five minutes
        clock.advance(timedelta(minutes=5))
        tick(qtbot, wiring, timer)
    assert desktop.tried == 1  # tried once, failed, fell through the tray to the banner
    assert wiring.banner.isVisible()
    assert wiring.banner.title_label.text() == "1 person to see in person"
    assert wiring.banner.body_label.text().startswith("Time to see Ana.")
    wiring.banner.dismiss_button.click()
    assert not wiring.banner.isVisible()


def test_tray_menu_actions_work(
    qtbot: QtBot, app_services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    ana = seen(app_services, "Ana", 20)
    ben = seen(app_services, "Ben", 30)
    window, wiring, _, _ = attach(qtbot, app_services, clock, tray=True, tmp_path=tmp_path)
    tray = wiring.tray
    assert tray.icon.toolTip() == "2 people to see"
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "Open Kith",
        "Who is due",
        "Log that you saw someone…",
        "Pause reminders for today",
        "Quit Kith",
    ]
    # Who is due: most overdue first; choosing one opens that person in the window.
    tray.due_menu.aboutToShow.emit()
    names = [a.text() for a in tray.due_menu.actions()]
    assert names == ["Ben", "Ana"]
    tray.due_menu.actions()[1].trigger()
    assert window.opened == [ana] and window.isVisible()
    # Open Kith brings a hidden window back.
    window.hide()
    tray.open_action.trigger()
    assert window.isVisible()
    # Pause for today, and back.
    tray.pause_action.trigger()
    assert app_services.reminders.is_paused()
    tray.pause_action.trigger()
    assert not app_services.reminders.is_paused()
    # Log that you saw someone: pick Ben by typing, log in person today.
    tray.log_action.trigger()
    picker = tray.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "be")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.chosen_ids() == [ben]
    picker.log_button.click()
    assert app_services.people.summary(ben).last_in_person == date(2026, 11, 23)
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "1 person to see")
    # Settings… sits in the Edit menu and opens the dialog.
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit, QMenu) and wiring.settings_action in edit.actions()
    wiring.settings_action.trigger()
    assert wiring.settings_dialog is not None and wiring.settings_dialog.isVisible()
    # Quit really closes the window, even with a tray; with no notification service,
    # the first quit says in a small message that reminders stop.
    tray.quit_action.trigger()
    assert not window.isVisible() and wiring.loop is not None
    assert wiring.farewell.box is not None
    wiring.farewell.box.accept()


def test_closing_hides_in_the_tray_and_tells_once(
    qtbot: QtBot, app_services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    window, _, _, _ = attach(qtbot, app_services, clock, tray=True, tmp_path=tmp_path)
    window.show()
    window.close()
    assert not window.isVisible()
    assert app_services.settings.told_about_tray is True


def test_closing_without_a_tray_asks_first(
    qtbot: QtBot, app_services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    window, wiring, _, _ = attach(qtbot, app_services, clock, tray=False, tmp_path=tmp_path)
    window.show()
    assert window.close() is False  # what closing does is the user's choice, asked once
    assert wiring.close_to_tray.choice is not None and window.isVisible()
    assert app_services.settings.told_about_tray is False
    assert TOLD_ABOUT_TRAY.key not in app_services.settings.all()
    wiring.close_to_tray.choice.reject()
    wiring.close_to_tray.quitting = True  # the test's own teardown closes it


def test_settings_apply_at_once(
    qtbot: QtBot, app_services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    _, wiring, _, _ = attach(qtbot, app_services, clock, tray=False, tmp_path=tmp_path)
    wiring.settings_action.trigger()
    dialog = wiring.settings_dialog
    assert dialog is not None
    dialog.digest_time.setTime(dialog.digest_time.time().addSecs(90 * 60))
    assert app_services.reminders.settings().digest_time == time(10, 30)
    dialog.quiet_start.setTime(dialog.quiet_start.time().addSecs(60 * 60))
    assert app_services.reminders.settings().quiet_start == time(22, 0)
    dialog.start_at_login.setChecked(True)
    assert (tmp_path / "config" / "autostart" / "kith.desktop").is_file()
    dialog.start_at_login.setChecked(False)
    assert not (tmp_path / "config" / "autostart" / "kith.desktop").exists()
    dialog.start_minimised.setChecked(True)
    assert app_services.settings.start_minimised is True
    dialog.test_button.click()
    assert dialog.test_result.text() == "Sent by in-app banner."
    assert wiring.banner.title_label.text() == "Kith is working"


def test_a_second_launch_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name(tmp_path / "kith.sqlite3", user=f"test-{tmp_path.name}")
    first = SingleInstance(name)
    second = SingleInstance(name)
    try:
        assert first.claim() is True
        with qtbot.waitSignal(first.activated, timeout=2000):
            assert second.claim() is False
    finally:
        first.release()
    assert instance_name(tmp_path / "a.db", "u") != instance_name(tmp_path / "b.db", "u")


def test_the_tray_count_follows_the_turn_of_the_day(
    qtbot: QtBot, app_services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    seen(app_services, "Ana", 5)  # due in two days (a 7-day rhythm): soon from tomorrow
    clock.set(datetime(2026, 11, 23, 23, 58))
    _, wiring, timer, _ = attach(qtbot, app_services, clock, tray=True, tmp_path=tmp_path)
    assert wiring.tray.icon.toolTip() == "No one to see right now"
    clock.advance(timedelta(minutes=3))
    with qtbot.waitSignal(wiring.loop.day_changed):
        tick(qtbot, wiring, timer)
    qtbot.waitUntil(lambda: wiring.tray.icon.toolTip() == "1 person to see")


def test_checks_read_off_the_gui_thread_and_never_overlap(
    qtbot: QtBot,
    app_services: Services,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    prepare = app_services.reminders.prepare

    def recording_prepare(now: datetime | None = None) -> Prepared | None:
        threads.append(threading.current_thread())
        return prepare(now)

    monkeypatch.setattr(app_services.reminders, "prepare", recording_prepare)
    _, wiring, timer, _ = attach(qtbot, app_services, clock, tray=False, tmp_path=tmp_path)
    with qtbot.waitSignals([wiring.loop.ticked, wiring.loop.ticked], timeout=5000):
        timer.timeout.emit()
        timer.timeout.emit()  # while the first is still reading: runs right after it
    qtbot.waitUntil(lambda: not wiring.loop.busy)
    assert len(threads) == 3
    assert threading.main_thread() not in threads
