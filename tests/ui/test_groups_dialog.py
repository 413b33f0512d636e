"""Groups in one place: renamed, removed after asking, members added and taken out, a
meetup planned with a group, every step undone from the window's history, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.dialogs.group_name import GroupNameDialog
from kith.ui.dialogs.groups import GroupsDialog
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.shell.main_window import MainWindow


def _rows(dialog: GroupsDialog) -> list[str]:
    found = dialog.group_list
    return [found.item(i).text() for i in range(found.count())]


def _members(dialog: GroupsDialog) -> list[str]:
    found = dialog.picker.chosen
    return [found.item(i).text() for i in range(found.count())]


def _open(window: MainWindow, qtbot: QtBot) -> GroupsDialog:
    window.menu_actions.groups.trigger()
    qtbot.waitUntil(lambda: window.findChild(GroupsDialog) is not None)
    dialog = window.findChild(GroupsDialog)
    assert isinstance(dialog, GroupsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _crew(services: Services, people: dict[str, int]) -> int:
    services.ties.add_group("Book club", [people["Dana"]])
    return services.ties.add_group("Climbing crew", [people["Ana"], people["Ben"]]).id


def test_a_group_is_renamed_with_f2_and_the_rename_undone(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    crew = _crew(services, people)
    dialog = _open(window, qtbot)
    assert _rows(dialog) == ["Book club · 1 member", "Climbing crew · 2 members"]
    assert dialog.focusWidget() is dialog.group_list
    dialog.choose(crew)
    assert _members(dialog) == ["Ana Silva", "Ben Okafor"]
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_F2)
    naming = dialog.dialog
    assert isinstance(naming, GroupNameDialog)
    assert naming.name.text() == "Climbing crew"
    # A name another group has is refused next to the field; nothing changes.
    naming.name.selectAll()
    qtbot.keyClicks(naming.name, "book CLUB")
    qtbot.keyClick(naming.name, Qt.Key.Key_Return)
    assert "already a group called “Book club”" in naming.problem.label.text()
    assert naming.isVisible() and services.ties.group(crew).name == "Climbing crew"
    naming.name.selectAll()
    qtbot.keyClicks(naming.name, "Crag rats")
    qtbot.keyClick(naming.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not naming.isVisible())
    assert _rows(dialog) == ["Book club · 1 member", "Crag rats · 2 members"]
    assert dialog.current() is not None and dialog.current().id == crew  # type: ignore[union-attr]
    dialog.reject()
    assert window.undo.next_undo is not None
    assert window.undo.next_undo.description == "Renamed the group Climbing crew to Crag rats"
    window.undo.undo()
    assert services.ties.group(crew).name == "Climbing crew"
    window.undo.redo()
    assert services.ties.group(crew).name == "Crag rats"


def test_removing_a_group_asks_first_keeps_its_people_and_undoes(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    crew = _crew(services, people)
    dialog = _open(window, qtbot)
    dialog.choose(crew)
    dialog.group_list.setFocus()
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_Delete)
    box = dialog.dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "Remove the group Climbing crew? Kith keeps its 2 members."
    # Cancel is the default: Enter keeps the group.
    box.defaultButton().click()
    assert [g.name for g in services.ties.groups()] == ["Book club", "Climbing crew"]
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_Delete)
    box = dialog.dialog
    assert isinstance(box, QMessageBox)
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    remove.click()
    qtbot.waitUntil(lambda: _rows(dialog) == ["Book club · 1 member"])
    assert [g.name for g in services.ties.groups()] == ["Book club"]
    assert services.people.summary(people["Ana"]).name == "Ana Silva"
    dialog.reject()
    window.undo.undo()
    restored = services.ties.find_group("Climbing crew")
    assert [m.name for m in restored.members] == ["Ana Silva", "Ben Okafor"]


def test_members_are_added_by_typing_and_taken_out_with_delete(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    crew = _crew(services, people)
    dialog = _open(window, qtbot)
    dialog.choose(crew)
    qtbot.keyClicks(dialog.picker.search, "Clo")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.ties.group(crew).members) == 3)
    assert "Climbing crew · 3 members" in _rows(dialog)
    assert dialog.dialog is None  # Enter added her, and pressed no button with it
    assert window.undo.next_undo is not None
    assert window.undo.next_undo.description == "Added Chloé Martin to Climbing crew"
    chosen = dialog.picker.chosen
    chosen.setFocus()
    chosen.setCurrentRow(0)
    chosen.item(0).setSelected(True)
    qtbot.keyClick(chosen, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(services.ties.group(crew).members) == 2)
    assert [m.name for m in services.ties.group(crew).members] == ["Ben Okafor", "Chloé Martin"]
    assert window.undo.next_undo.description == "Took Ana Silva out of Climbing crew"
    # Ctrl+Z works in the dialog too, and the list shows what it put back.
    dialog.picker.search.completer().popup().hide()  # keys were sent past it, not through
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chosen.setFocus()
    qtbot.keyClick(chosen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _members(dialog) == ["Ana Silva", "Ben Okafor", "Chloé Martin (Clo)"])
    qtbot.keyClick(chosen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _members(dialog) == ["Ana Silva", "Ben Okafor"])
    assert [m.name for m in services.ties.group(crew).members] == ["Ana Silva", "Ben Okafor"]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(chosen, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: "Climbing crew · 3 members" in _rows(dialog))
    dialog.reject()
    # The window's note offers Undo of the latest, as for every other action.
    assert window.undo.next_undo is not None
    assert window.undo.next_undo.description == "Added Chloé Martin to Climbing crew"


def test_an_archived_member_stays_in_the_group_when_others_change(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    crew = _crew(services, people)
    services.people.archive(people["Ben"])
    dialog = _open(window, qtbot)
    dialog.choose(crew)
    assert _members(dialog) == ["Ana Silva"]
    qtbot.keyClicks(dialog.picker.search, "Eli")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.ties.group_record(crew).member_ids) == 3)
    services.people.restore(people["Ben"])
    assert [m.name for m in services.ties.group(crew).members] == [
        "Ana Silva",
        "Ben Okafor",
        "Eli Berg",
    ]


def test_a_new_group_is_made_and_planned_with_from_the_people_filter(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = _open(window, qtbot)
    assert dialog.empty.isVisible() and not dialog.plan_button.isEnabled()
    naming = dialog.add_group()
    qtbot.keyClicks(naming.name, "Sailing")
    qtbot.keyClick(naming.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(dialog) == ["Sailing · 0 members"])
    qtbot.keyClicks(dialog.picker.search, "Eli")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(dialog) == ["Sailing · 1 member"])
    # Planning from the dialog closes it and opens the meetup with everyone in the group.
    dialog.plan_button.click()
    qtbot.waitUntil(lambda: window.findChild(MeetupDialog) is not None)
    planning = window.findChild(MeetupDialog)
    assert isinstance(planning, MeetupDialog)
    assert list(planning.people.person_ids()) == [people["Eli"]]
    assert not dialog.isVisible()
    planning.reject()
    qtbot.waitUntil(lambda: window.findChild(MeetupDialog) is None)
    # The People page's filter offers the same once the group is chosen.
    window.show_place("people")
    page = window.people
    assert not page.group_bar.plan_button.isVisible()
    qtbot.waitUntil(lambda: page.group.count() == 2)
    page.group.setCurrentIndex(1)
    assert page.group_bar.note.text() == "Sailing: 1 member"
    assert page.group_bar.plan_button.isVisible()
    page.group_bar.plan_button.click()
    qtbot.waitUntil(lambda: window.findChild(MeetupDialog) is not None)
    planning = window.findChild(MeetupDialog)
    assert isinstance(planning, MeetupDialog)
    assert list(planning.people.person_ids()) == [people["Eli"]]
    planning.reject()
    # Edit Group… from People opens the dialog on that group.
    page.group_bar.edit_button.click()
    qtbot.waitUntil(lambda: window.findChild(GroupsDialog) is not None)
    opened = window.findChild(GroupsDialog)
    assert isinstance(opened, GroupsDialog)
    assert opened.current() is not None and opened.current().name == "Sailing"  # type: ignore[union-attr]


def test_every_control_has_a_name_and_every_mnemonic_a_buddy(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    _crew(services, people)
    dialog = _open(window, qtbot)
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if isinstance(widget, QLabel) or widget.focusProxy() is not None:
                continue  # a proxied widget hands its focus on: the proxy is checked
            face = QAccessible.queryAccessibleInterface(widget)
            assert face is not None and face.text(QAccessible.Text.Name), widget
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    # Alt+letter reaches each button's mnemonic: the texts keep one each, no two alike.
    keys = [
        b.text().split("&")[1][0].casefold()
        for b in dialog.findChildren(QPushButton)
        if "&" in b.text()
    ]
    keys += [
        lab.text().split("&")[1][0].casefold()
        for lab in dialog.findChildren(QLabel)
        if "&" in lab.text()
    ]
    assert len(keys) == len(set(keys)), keys
