"""Merging two people from People: the action, the side-by-side choice, one person, Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from kith.domain.merging import MergeField, Side
from kith.domain.values import Circle, ContactKind, Mode
from kith.services.app import Services
from kith.services.views import ContactView, PersonInput
from kith.ui.dialogs.merge import MergeDialog, field_label
from kith.ui.shell.main_window import MainWindow


def show_people(win: MainWindow, qtbot: QtBot) -> None:
    win.show_place("people")
    qtbot.waitUntil(lambda: not win.people.loading)


def listed(win: MainWindow) -> list[str]:
    model = win.people.proxy
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_merge_is_offered_only_for_exactly_two_chosen(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    merge = window.menu_actions.merge
    assert merge.shortcut().toString() == "Ctrl+Shift+M"
    show_people(window, qtbot)
    page = window.people
    assert not merge.isEnabled()
    page.select_ids([people["Ana"]], people["Ana"])
    assert not merge.isEnabled()
    page.select_ids([people["Ana"], people["Ben"]], people["Ana"])
    assert merge.isEnabled()
    page.select_ids([people["Ana"], people["Ben"], people["Eli"]], people["Ana"])
    assert not merge.isEnabled()
    page.select_ids([people["Ana"], people["Ben"]], people["Ana"])
    window.show_place("today")
    assert not merge.isEnabled()


def test_the_context_menu_offers_merge_for_two(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    for chosen, enabled in (([people["Ben"]], False), ([people["Ben"], people["Eli"]], True)):
        page.select_ids(chosen, people["Ben"])
        page._on_context_menu(page.table.visualRect(page.table.currentIndex()).center())
        menu = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window)
        assert isinstance(menu, QMenu)
        merge = next(a for a in menu.actions() if a.text() == "Merge…")
        assert merge.isEnabled() is enabled
        menu.close()


def test_choosing_the_other_name_and_merging_leaves_one_person_and_undo_brings_both_back(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    ana_b = services.people.add(
        PersonInput(
            name="Ana B.",
            circle=Circle.CLOSE,
            contacts=(ContactView(ContactKind.PHONE, "+62 812 3456 7890", "mobile"),),
        )
    ).id
    services.interactions.log([ana_b], Mode.CALL)
    show_people(window, qtbot)
    qtbot.waitUntil(lambda: "Ana B." in listed(window))
    window.people.select_ids([people["Ana"], ana_b], people["Ana"])
    window.people.table.setFocus()
    window.menu_actions.merge.trigger()
    dialog = window.findChild(MergeDialog)
    assert isinstance(dialog, MergeDialog)
    qtbot.waitExposed(dialog)
    assert set(dialog.choices) == {MergeField.NAME, MergeField.CIRCLE}
    assert "3 interactions" in dialog.combined.text()
    assert "1 phone" in dialog.combined.text()

    other_name = next(
        b for b in dialog.choices[MergeField.NAME].buttons() if b.property("side") == "other"
    )
    qtbot.mouseClick(other_name, Qt.MouseButton.LeftButton)
    assert dialog.chosen()[MergeField.NAME] == Side.OTHER
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Ana Silva" not in listed(window))
    assert listed(window).count("Ana B.") == 1
    assert len(listed(window)) == len(people)
    merged = services.people.summary(people["Ana"])
    assert merged.name == "Ana B." and merged.circle == Circle.FRIENDS
    assert window.undo_action.text() == "&Undo “Merge Ana Silva and Ana B.”"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Ana Silva" in listed(window))
    assert services.people.summary(people["Ana"]).name == "Ana Silva"
    assert services.people.summary(ana_b).name == "Ana B."
    window.redo_action.trigger()
    assert services.people.summary(people["Ana"]).name == "Ana B."


def test_the_dialog_is_worked_by_keyboard_and_fits_a_small_screen(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    services.people.update(
        people["Ben"],
        PersonInput(name="Ben O.", nickname="Benny", circle=Circle.CLOSE, notes="Long " * 80),
    )
    dialog = MergeDialog(services, people["Ben"], people["Ana"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    focused = dialog.focusWidget()
    assert focused is not None and focused.property("side") == "keep"
    names = dialog.choices[MergeField.NAME]
    assert names.exclusive()  # the arrows move within a row, Tab goes to the next one
    other = next(b for b in names.buttons() if b.property("side") == "other")
    qtbot.keyClick(other, Qt.Key.Key_Space)
    assert dialog.chosen()[MergeField.NAME] == Side.OTHER
    # Each row's mnemonic (Alt+N for Name) reaches the value chosen in it.
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == field_label(MergeField.NAME))
    assert label.text() == "&Name" and label.buddy() is other
    cancelled = []
    dialog.rejected.connect(lambda: cancelled.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert cancelled and services.people.summary(people["Ben"]).name == "Ben O."


def test_both_notes_can_be_kept(qtbot: QtBot, services: Services, people: dict[str, int]) -> None:
    for name, notes in (("Ben", "Likes tea."), ("Ana", "Vegetarian.")):
        services.people.update(people[name], PersonInput(name=f"{name} X", notes=notes))
    dialog = MergeDialog(services, people["Ana"], people["Ben"])
    qtbot.addWidget(dialog)
    dialog.show()
    both = next(
        b for b in dialog.choices[MergeField.NOTES].buttons() if b.property("side") == "both"
    )
    assert both.text() == "Both" and not both.isChecked()
    qtbot.mouseClick(both, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert services.people.detail(people["Ana"]).notes == "Vegetarian.\n\nLikes tea."
