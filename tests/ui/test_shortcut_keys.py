"""Standard shortcuts: Undo/Redo naming what they take back, Settings, F1, one Edit menu."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.dialogs.settings import SettingsDialog
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.shell.main_window import MainWindow
from kith.ui.shell.shortcuts import ShortcutsDialog
from tests.ui.conftest import shown_window, wired_reminders


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]


def _press(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key = QKeySequence(sequence)[0]
    qtbot.keyClick(window, key.key(), key.keyboardModifiers())


def test_undo_and_redo_name_what_they_do_and_answer_to_their_keys(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    assert window.undo_action.text() == "&Undo"
    row = next(r for r in window.today.due_rows if r.person.id == people["Ana"])
    row.saw_button.click()
    qtbot.waitUntil(lambda: services.people.summary(people["Ana"]).last_in_person is not None)
    assert window.undo_action.text().startswith("&Undo “")
    assert "Ana Silva" in window.undo_action.text()
    _press(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(
        lambda: services.people.summary(people["Ana"]).last_in_person != services.ctx.today()
    )
    assert "Ana Silva" in window.redo_action.text()
    _press(qtbot, window, "Ctrl+Shift+Z")
    qtbot.waitUntil(
        lambda: services.people.summary(people["Ana"]).last_in_person == services.ctx.today()
    )


def test_ctrl_comma_opens_settings_from_the_one_edit_menu(
    wired: tuple[MainWindow, ReminderWiring], qtbot: QtBot
) -> None:
    window, wiring = wired
    titles = _menu_titles(window)
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    edit = window.menus["edit"]
    assert wiring.settings_action in edit.actions()
    _press(qtbot, window, "Ctrl+,")
    qtbot.waitUntil(lambda: isinstance(wiring.settings_dialog, SettingsDialog))
    assert wiring.settings_dialog is not None and wiring.settings_dialog.isVisible()
    wiring.settings_dialog.close()


def test_f1_lists_every_shortcut_of_the_window(window: MainWindow, qtbot: QtBot) -> None:
    _press(qtbot, window, "F1")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    listed = {}
    for s in range(dialog.list.topLevelItemCount()):
        section = dialog.list.topLevelItem(s)
        for i in range(section.childCount()):
            item = section.child(i)
            listed[(section.text(0), item.text(0))] = item.text(1)
    native = QKeySequence.SequenceFormat.NativeText
    assert listed[("File", "Add Someone")] == window.new_person_action.shortcut().toString(native)
    assert listed[("Edit", "Undo")] == QKeySequence("Ctrl+Z").toString(native)
    assert "F1" in listed[("Help", "Keyboard Shortcuts")]
    assert listed[("People", "Edit person")] == "F2"
    assert listed[("Today", "Move between people")]
    assert ("Person", "Delete entry") in listed
    dialog.close()


def test_one_edit_menu_in_indonesian(
    request: pytest.FixtureRequest, qtbot: QtBot, services: Services, tmp_path
) -> None:
    request.getfixturevalue("indonesian")
    with shown_window(qtbot, services) as window, wired_reminders(window, tmp_path / "config"):
        titles = [t.replace("&", "") for t in _menu_titles(window)]
        assert titles == ["Berkas", "Sunting", "Tampilan", "Bantuan"]
        assert len(set(titles)) == len(titles)


def _mnemonic(text: str) -> str:
    """The underlined letter of a menu entry ("Set R&hythm…" → "h"), "" for none."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def _repeated_letters(window: MainWindow) -> dict[str, list[str]]:
    """Per menu, the entries that share an underlined letter (Alt+letter reaches only one)."""
    repeated = {}
    for name, menu in window.menus.items():
        seen: dict[str, list[str]] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text())
            if letter and action.isVisible():
                seen.setdefault(letter, []).append(action.text())
        clashes = [t for group in seen.values() if len(group) > 1 for t in group]
        if clashes:
            repeated[name] = clashes
    return repeated


@pytest.mark.parametrize("language", ["en", "id"])
def test_no_two_entries_of_a_menu_share_an_underlined_letter(
    language: str, request: pytest.FixtureRequest, qtbot: QtBot, services: Services, tmp_path
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    with shown_window(qtbot, services) as window, wired_reminders(window, tmp_path / "config"):
        assert _repeated_letters(window) == {}
