"""The meetup's time is typed as people type times, in one field and one Tab stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.widgets.time_field import TimeField, parse_time


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("0745", QTime(7, 45)),
        ("745", QTime(7, 45)),
        ("7:45", QTime(7, 45)),
        ("07.45", QTime(7, 45)),
        ("7", QTime(7, 0)),
        ("19 30", QTime(19, 30)),
        ("7:45 pm", QTime(19, 45)),
        ("12am", QTime(0, 0)),
    ],
)
def test_typed_times_are_read(typed: str, meant: QTime) -> None:
    assert (
        parse_time(typed, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == meant
    )


@pytest.mark.parametrize("typed", ["25:00", "7:61", "13pm", "12345", "soon", ""])
def test_what_is_no_time_is_refused(typed: str) -> None:
    assert (
        parse_time(typed, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) is None
    )


def test_typing_07_45_in_the_meetup_gives_07_45_and_tab_leaves_the_day_whole(
    qtbot: QtBot, services: Services
) -> None:
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # one stop for the whole day
    assert QApplication.focusWidget() is dialog.time_edit
    field = dialog.time_edit
    assert isinstance(field, TimeField)
    field.selectAll()
    qtbot.keyClicks(field, "07")
    qtbot.keyClicks(field, "45")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.time() == QTime(7, 45)
    assert field.text() == QLocale().toString(QTime(7, 45), QLocale.FormatType.ShortFormat)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(8, 0)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.time() == QTime(7, 45)
