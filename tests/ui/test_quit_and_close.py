"""Quit means quit, closing keeps Kith where it can still remind, and no reminder stops
without a word: with the real main window, its tray and its reminder loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kith.notify.base import NotifyError
from kith.ui.reminders.closing_choice import ClosingChoiceDialog
from kith.ui.reminders.delivery import DeliveryNote
from kith.ui.reminders.wiring import ReminderWiring, attach_reminders
from kith.ui.shell.main_window import MainWindow
from kith.ui.shell.single_instance import SingleInstance, instance_name
from tests.ui.test_reminders_ui import FakeTimer


class Desktop:
    """A notification service that records what it shows, and can stop answering."""

    name = "desktop notification"

    def __init__(self, *, answers: bool = True) -> None:
        self.answers = answers
        self.shown: list[tuple[str, str]] = []

    def send(self, title: str, body: str) -> None:
        if not self.answers:
            raise NotifyError("no notification service here", code="notify.test")
        self.shown.append((title, body))

    def titles(self) -> list[str]:
        return [title for title, _ in self.shown]


class FakeAutostart:
    def __init__(self) -> None:
        self.enabled = False

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False


class Quits:
    """Stands in for QCoreApplication.quit: the event loop of a test must go on."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> Quits:
    recorder = Quits()
    monkeypatch.setattr(QCoreApplication, "quit", recorder)
    return recorder


class Wired:
    def __init__(
        self, window: MainWindow, wiring: ReminderWiring, desktop: Desktop, timer: FakeTimer
    ) -> None:
        self.window = window
        self.wiring = wiring
        self.desktop = desktop
        self.timer = timer
        self.autostart = FakeAutostart()


Attach = Callable[..., Wired]
"""attach(tray=..., desktop=...): reminders wired to the real window, its loop running."""


@pytest.fixture
def wire(qtbot: QtBot, window: MainWindow) -> Iterator[Attach]:
    made: list[ReminderWiring] = []

    def attach(
        *, tray: bool, desktop: Desktop | None = None, instance: SingleInstance | None = None
    ) -> Wired:
        desktop = desktop or Desktop()
        timer = FakeTimer()
        autostart = FakeAutostart()
        wiring = attach_reminders(
            window,
            window.services,
            timer=timer,
            available=lambda: tray,
            desktop=desktop,
            autostart=autostart,
            instance=instance,
        )
        made.append(wiring)
        wired = Wired(window, wiring, desktop, timer)
        wired.autostart = autostart
        return wired

    yield attach
    for wiring in made:
        wiring.loop.stop()
        wiring.tray.icon.hide()
        wiring.close_to_tray.quitting = True  # the teardown's close must not ask


def choice_of(qtbot: QtBot, wired: Wired) -> ClosingChoiceDialog:
    qtbot.waitUntil(lambda: wired.wiring.close_to_tray.choice is not None)
    dialog = wired.wiring.close_to_tray.choice
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_q_quits_even_with_a_tray_and_says_once_that_reminders_stop(
    qtbot: QtBot, wire: Attach, quits: Quits
) -> None:
    wired = wire(tray=True)
    window = wired.window
    window.show_place("plans")
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    qtbot.keyClick(focused, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits.count == 1
    assert not window.isVisible()
    assert not wired.wiring.tray.icon.isVisible()
    assert wired.timer.interval is None  # the reminder loop stopped with it
    assert wired.desktop.titles() == ["Kith has quit"]
    assert "Reminders stop until Kith starts again" in wired.desktop.shown[0][1]
    assert window.services.settings.told_about_quit is True
    assert QSettings().value("window/place") == "plans"  # the state is saved as ever


def test_file_quit_says_nothing_the_second_time(qtbot: QtBot, wire: Attach, quits: Quits) -> None:
    wired = wire(tray=True)
    wired.window.services.settings.told_about_quit = True
    file_menu = wired.window.menus["file"]
    assert wired.window.quit_action in file_menu.actions()
    wired.window.quit_action.trigger()
    assert quits.count == 1 and not wired.window.isVisible()
    assert wired.desktop.shown == []


def test_the_trays_quit_ends_kith_too(qtbot: QtBot, wire: Attach, quits: Quits) -> None:
    wired = wire(tray=True)
    wired.wiring.tray.quit_action.trigger()
    assert quits.count == 1 and not wired.window.isVisible()
    assert not wired.wiring.tray.icon.isVisible()


def test_with_no_notification_service_the_first_quit_says_it_in_a_small_message(
    qtbot: QtBot, wire: Attach, quits: Quits
) -> None:
    wired = wire(tray=True, desktop=Desktop(answers=False))
    wired.window.quit_action.trigger()
    box = wired.wiring.farewell.box
    assert box is not None and box.isVisible() and not wired.window.isVisible()
    assert "Reminders stop until Kith starts again" in box.text()
    assert quits.count == 0  # the app ends once the message is read
    box.accept()
    assert quits.count == 1


def test_closing_with_a_tray_hides_and_tells_once_as_a_desktop_notification(
    qtbot: QtBot, wire: Attach, quits: Quits, monkeypatch: pytest.MonkeyPatch
) -> None:
    wired = wire(tray=True)
    window = wired.window
    balloons: list[str] = []
    monkeypatch.setattr(
        wired.wiring.tray.icon, "showMessage", lambda title, *_: balloons.append(title)
    )
    assert window.close() is False
    assert not window.isVisible() and quits.count == 0
    assert wired.desktop.titles() == ["Kith is still here"]
    assert balloons == []  # the desktop's notification, not Qt's own balloon
    assert wired.timer.interval is not None  # still reminding
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert not window.isVisible()
    assert wired.desktop.titles() == ["Kith is still here"]  # told once only
    assert window.services.settings.told_about_tray is True


def test_without_a_tray_closing_offers_the_choice_and_cancel_keeps_the_window(
    qtbot: QtBot, wire: Attach, quits: Quits
) -> None:
    wired = wire(tray=False)
    window = wired.window
    assert window.close() is False
    dialog = choice_of(qtbot, wired)
    assert window.isVisible()
    # Keyboard only: the choices are in the tab order and Escape is Cancel.
    assert dialog.background.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.at_login.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: wired.wiring.close_to_tray.choice is None)
    assert window.isVisible() and quits.count == 0
    assert window.services.settings.asked_about_closing is False


def test_keep_reminding_in_the_background_runs_on_and_a_second_launch_brings_it_back(
    qtbot: QtBot, wire: Attach, quits: Quits, tmp_path: Path
) -> None:
    name = instance_name(tmp_path / "kith.sqlite3", user=f"test-{tmp_path.name}")
    first = SingleInstance(name)
    assert first.claim() is True
    try:
        wired = wire(tray=False, instance=first)
        window = wired.window
        window.close()
        dialog = choice_of(qtbot, wired)
        assert dialog.background.isChecked() and dialog.confirm.text() == "Close the window"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert not window.isVisible() and quits.count == 0
        assert wired.timer.interval is not None  # the reminder loop goes on
        settings = window.services.settings
        assert settings.asked_about_closing and settings.run_without_window
        assert not wired.autostart.enabled
        # Launching Kith again wakes this one, and the window is back.
        with qtbot.waitSignal(first.activated, timeout=2000):
            assert SingleInstance(name).claim() is False
        qtbot.waitUntil(window.isVisible)
        # Remembered: the next close hides at once, without asking.
        window.close()
        assert not window.isVisible() and wired.wiring.close_to_tray.choice is None
    finally:
        first.release()


def test_start_at_login_turns_autostart_on_and_then_quits(
    qtbot: QtBot, wire: Attach, quits: Quits
) -> None:
    wired = wire(tray=False)
    wired.window.close()
    dialog = choice_of(qtbot, wired)
    dialog.background.setChecked(False)
    dialog.at_login.setChecked(True)
    assert dialog.confirm.text() == "Quit Kith"
    assert "start again when you next log in" in dialog.outcome.text()
    dialog.confirm.click()
    assert wired.autostart.enabled
    assert wired.window.services.settings.start_at_login is True
    assert quits.count == 1 and not wired.window.isVisible()


def test_choosing_neither_quits_and_says_reminders_stop(
    qtbot: QtBot, wire: Attach, quits: Quits
) -> None:
    wired = wire(tray=False)
    wired.window.close()
    dialog = choice_of(qtbot, wired)
    dialog.background.setChecked(False)
    assert dialog.outcome.text() == "Kith quits now; reminders stop until you start it again."
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)  # offered, not taken
    dialog.confirm.click()
    assert quits.count == 1 and not wired.window.isVisible()
    assert wired.desktop.titles() == ["Kith has quit"]
    assert not wired.autostart.enabled
    settings = wired.window.services.settings
    assert settings.asked_about_closing and not settings.run_without_window


def test_todays_line_appears_while_reminders_reach_only_the_window(
    qtbot: QtBot, wire: Attach
) -> None:
    desktop = Desktop(answers=False)
    wired = wire(tray=False, desktop=desktop)
    window = wired.window
    note = window.findChild(DeliveryNote, "deliveryNote")
    assert note is not None and window.today_place.isAncestorOf(note)
    assert not note.isVisible()  # nothing has failed yet
    assert wired.wiring.delivery.deliver("1 person to see in person", "Time to see Ana.")
    assert wired.wiring.banner.isVisible()  # the window showed it, as the last resort
    assert note.isVisible()
    assert note.text() == (
        "Reminders appear only here in the window: no notification service answered."
    )
    desktop.answers = True
    wired.wiring.delivery.deliver("1 person to see in person", "Time to see Ana.")
    assert not note.isVisible()


def test_settings_name_the_way_reminders_arrive_and_send_a_test(qtbot: QtBot, wire: Attach) -> None:
    desktop = Desktop()
    wired = wire(tray=True, desktop=desktop)
    wired.wiring.settings_action.trigger()
    dialog = wired.wiring.settings_dialog
    assert dialog is not None
    assert dialog.delivery_way.text().startswith("No reminder has been shown since Kith started")
    dialog.test_button.click()
    assert desktop.titles() == ["Kith is working"]
    assert dialog.delivery_way.text() == "Reminders arrive as: desktop notification."
    desktop.answers = False  # the service went away: the tray's message takes over
    dialog.test_button.click()
    assert dialog.delivery_way.text() == "Reminders arrive as: tray message."
    assert not dialog.run_without_window.isVisible()  # with a tray, closing hides there


def test_without_a_tray_settings_change_what_closing_does(
    qtbot: QtBot, wire: Attach, quits: Quits
) -> None:
    wired = wire(tray=False)
    wired.wiring.settings_action.trigger()
    dialog = wired.wiring.settings_dialog
    assert dialog is not None and dialog.run_without_window.isVisible()
    assert not dialog.start_minimised.isVisible()
    dialog.run_without_window.setChecked(True)
    dialog.close()
    wired.window.close()  # chosen in Settings: no question, Kith runs on hidden
    assert not wired.window.isVisible() and quits.count == 0
    assert wired.wiring.close_to_tray.choice is None


def test_with_no_notification_service_closing_to_the_tray_tells_in_the_trays_balloon(
    qtbot: QtBot, wire: Attach, quits: Quits, monkeypatch: pytest.MonkeyPatch
) -> None:
    wired = wire(tray=True, desktop=Desktop(answers=False))
    balloons: list[str] = []
    monkeypatch.setattr(
        wired.wiring.tray.icon, "showMessage", lambda title, *_: balloons.append(title)
    )
    wired.window.close()
    assert not wired.window.isVisible() and quits.count == 0
    assert balloons == ["Kith is still here"]
