"""Adding someone, logging a meeting, planning a meetup and exporting it, by keys alone.

Every step is a key pressed on whatever has the focus, as a user without a mouse would:
no clicks, no calls on widgets to act. (The offscreen platform gives the focus back to no
window after a dialog closes, so the test hands it back as a window manager would.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.ui.dialogs.interaction import InteractionDialog
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.dialogs.person import PersonDialog
from kith.ui.shell.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def modal(qtbot: QtBot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def tab_to(qtbot: QtBot, wanted: QWidget) -> None:
    for _ in range(30):
        if focused() is wanted:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted!r}")


def test_add_log_plan_and_export_by_keys_alone(
    window: MainWindow, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # Add someone: Ctrl+N, the name, Alt+C to the circle, Close, Enter saves.
    press(qtbot, Qt.Key.Key_N, CTRL)
    person = modal(qtbot, PersonDialog)
    assert isinstance(person, PersonDialog) and focused() is person.name
    type_text(qtbot, "Farah Aziz")
    press(qtbot, Qt.Key.Key_C, ALT)
    assert focused() is person.circle
    press(qtbot, Qt.Key.Key_Up)  # Friends → Close
    press(qtbot, Qt.Key.Key_P, ALT)
    assert focused() is person.phone
    type_text(qtbot, "+62 812 555 0101")
    press(qtbot, Qt.Key.Key_Return)
    back_to(qtbot, window)
    farah = next(p for p in services.people.list() if p.name == "Farah Aziz")
    assert farah.circle == Circle.CLOSE
    qtbot.waitUntil(lambda: window.current_place() == "person")

    # Log an in-person meeting with her: Ctrl+L, the note, Tab to Log, Space.
    press(qtbot, Qt.Key.Key_L, CTRL)
    log = modal(qtbot, InteractionDialog)
    assert isinstance(log, InteractionDialog) and focused() is log.mode
    press(qtbot, Qt.Key.Key_O, ALT)
    type_text(qtbot, "Tea after work")
    tab_to(qtbot, log.save)
    press(qtbot, Qt.Key.Key_Space)
    back_to(qtbot, window)
    logged = services.interactions.recent(1, person_id=farah.id)[0]
    assert (logged.mode, logged.note) == (Mode.IN_PERSON, "Tea after work")

    # Plan a meetup: Ctrl+M, a title, a typed time, Enter saves.
    press(qtbot, Qt.Key.Key_M, CTRL)
    plan = modal(qtbot, MeetupDialog)
    assert isinstance(plan, MeetupDialog) and focused() is plan.title_edit
    type_text(qtbot, "Climbing at the wall")
    tab_to(qtbot, plan.time_edit)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "1930")
    press(qtbot, Qt.Key.Key_Return)
    back_to(qtbot, window)
    meetup = next(m for m in services.meetups.upcoming() if m.title == "Climbing at the wall")
    assert [p.id for p in meetup.people] == [farah.id]
    assert (meetup.starts_at.hour, meetup.starts_at.minute) == (19, 30)

    # Export it: Alt+F, U (Export Upcoming Meetups…), the file name typed, Enter.
    target = tmp_path / "plans.ics"

    def answer_the_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer_the_file_dialog)
            return
        name = focused()
        if not isinstance(name, QLineEdit):
            # On a busy machine the name field takes its focus a little later; should it
            # never, close the dialog so the test fails instead of hanging.
            if not dialog.property("waited"):
                dialog.setProperty("waited", True)
                QTimer.singleShot(10_000, dialog, dialog.reject)
            QTimer.singleShot(50, answer_the_file_dialog)
            return
        qtbot.keyClick(name, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(name, str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)
        # Should the dialog not take the name, close it so the test fails instead of hanging.
        guard = QTimer(dialog)  # goes with the dialog once it has closed
        guard.setSingleShot(True)
        guard.timeout.connect(dialog.reject)
        guard.start(3000)

    QTimer.singleShot(50, answer_the_file_dialog)
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: window.menus["file"].isVisible())
    qtbot.keyClick(window.menus["file"], Qt.Key.Key_U)
    qtbot.waitUntil(target.exists)
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Climbing at the wall" in text
