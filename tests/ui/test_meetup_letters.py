"""The meetup dialog's "When" and "Ideas" letters reach their fields; the map's label too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.map.view import RelationshipMap
from kith.ui.shell.changes import DataChanges
from tests.ui.plans_support import add_person

ALT = Qt.KeyboardModifier.AltModifier


def _shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def _alt(qtbot: QtBot, key: Qt.Key) -> QWidget | None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, ALT)
    return QApplication.focusWidget()


def test_alt_h_reaches_the_day_or_no_day_yet(qtbot: QtBot, services: Services) -> None:
    dialog = MeetupDialog(services, person_ids=[])
    _shown(qtbot, dialog)
    assert dialog.when_title.text() == "W&hen"
    assert _alt(qtbot, Qt.Key.Key_H) is dialog.date_edit
    dialog.idea_radio.setChecked(True)
    dialog.title_edit.setFocus()
    assert _alt(qtbot, Qt.Key.Key_H) is dialog.idea_radio


def test_alt_i_reaches_the_first_idea_or_the_people(qtbot: QtBot, services: Services) -> None:
    services.profile.set_interests(["chess"])
    ana = add_person(services, "Ana Sari", interests=("chess",))
    dialog = MeetupDialog(services, person_ids=[ana])
    _shown(qtbot, dialog)
    assert dialog.ideas_title.text() == "&Ideas"
    assert _alt(qtbot, Qt.Key.Key_I) is dialog.idea_buttons()[0]
    empty = MeetupDialog(services, person_ids=[])
    _shown(qtbot, empty)
    assert not empty.idea_buttons()
    assert _alt(qtbot, Qt.Key.Key_I) is empty.people.edit


def test_the_maps_highlight_label_has_no_colon_and_reaches_its_list(
    qtbot: QtBot, services: Services
) -> None:
    page = RelationshipMap(services, DataChanges(services.changes))
    _shown(qtbot, page)
    assert page.interest_label.text() == "&Highlight who shares"
    # Without the colon, room between the words and the list keeps them apart.
    gap = page.interest_combo.x() - page.interest_label.geometry().right()
    assert gap > page.fontMetrics().averageCharWidth()
    page.view.setFocus()
    assert _alt(qtbot, Qt.Key.Key_H) is page.interest_combo
