from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.domain.values import Mode
from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow


def test_page_says_where_they_stand_and_what_you_share(
    window: MainWindow, people: dict[str, int]
) -> None:
    window.open_person(people["Ana"])
    page = window.person
    assert window.current_place() == "person"
    assert page.name.text() == "Ana Silva"
    assert page.tending.text().startswith(
        "Last seen in person 40 days ago — due since 10 days\nlast talked 3 days ago"
    )
    assert "climbing" in page.interests.text() and "font-weight:600" in page.interests.text()
    assert page.timeline.count() == 2
    first, second = (page.timeline.item(i) for i in range(2))
    assert first.text().startswith("Call")
    assert second.text().startswith("In person") and "Coffee with Ana" in second.text()
    # In-person meetings stand out; calls do not.
    assert second.background().color().alpha() > 0
    assert first.background().style() == Qt.BrushStyle.NoBrush


def test_ticking_a_follow_up_completes_it(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Dana"])
    items = window.person.follow_ups
    assert items.count() == 1 and items.item(0).text() == "Ask about the new job"
    items.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.person.follow_ups.count() == 0)
    assert services.follow_ups.open_for([people["Dana"]]) == []


def test_quick_log_defaults_to_this_person_in_person_today(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Chloé"])
    window.log_action.trigger()
    from kith.ui.dialogs.interaction import InteractionDialog

    dialog = window.findChild(InteractionDialog)
    assert dialog is not None
    assert dialog.picker.person_ids() == [people["Chloé"]]
    assert dialog.mode.currentData() == Mode.IN_PERSON
    dialog.accept()
    qtbot.waitUntil(lambda: window.person.timeline.count() == 1)
    assert "Last seen in person today" in window.person.tending.text()


def test_archive_from_the_page_then_restore(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Eli"])
    qtbot.mouseClick(window.person.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person.restore_button.isVisibleTo(window.person))
    assert services.people.summary(people["Eli"]).archived
    assert "archived" in window.person.facts.text()
    qtbot.mouseClick(window.person.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person.archive_button.isVisibleTo(window.person))
    assert not services.people.summary(people["Eli"]).archived


def test_an_interaction_can_be_corrected_and_deleted(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kith.ui.dialogs.interaction import InteractionDialog

    window.open_person(people["Ana"])
    page = window.person
    in_person = page.interaction_at(1)
    assert in_person is not None and in_person.mode == Mode.IN_PERSON
    page.timeline.itemActivated.emit(page.timeline.item(1))
    dialog = window.findChild(InteractionDialog)
    assert dialog is not None and dialog.note.toPlainText() == "Coffee with Ana"
    dialog.place.setText("Harbour café")
    dialog.accept()
    qtbot.waitUntil(lambda: "Harbour café" in page.timeline.item(1).text())

    box = window.person_actions.delete_interaction(in_person)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.timeline.count() == 2
    box = window.person_actions.delete_interaction(in_person)
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: page.timeline.count() == 1)
    assert services.people.summary(people["Ana"]).last_in_person is None
    assert "Not met in person yet" in page.tending.text()


def test_add_an_anniversary_and_remove_it_with_undo(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    from kith.ui.dialogs.important_date import ImportantDateDialog

    window.open_person(people["Ben"])
    page = window.person
    assert page.dates.count() == 0
    qtbot.mouseClick(page.add_date_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ImportantDateDialog)
    assert dialog is not None
    dialog.label.setText("Wedding anniversary")
    dialog.month.setCurrentIndex(1)
    dialog.day.setValue(30)  # 30 February: refused next to the date, dialog stays
    dialog.accept()
    problem = dialog.problems.problem_for("anniversary")
    assert problem is not None and problem.isVisible()
    dialog.day.setValue(14)
    dialog.accept()
    qtbot.waitUntil(lambda: page.dates.count() == 1)
    assert page.dates.item(0).text().startswith("Wedding anniversary: ")

    assert page.detail is not None
    window.person_actions.remove_date(page.detail.dates[0])
    qtbot.waitUntil(lambda: page.dates.count() == 0)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dates.count() == 1)
    assert [(d.month, d.day) for d in services.people.detail(people["Ben"]).dates] == [(2, 14)]


def test_the_page_shows_the_organisation_only_when_there_is_one(
    window: MainWindow, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Ana"])
    assert window.person.organisation.isHidden()
    services.people.edit_people([people["Ana"]], organisation="Studio Norte")
    window.open_person(people["Ana"])
    assert window.person.organisation.text() == "Studio Norte"
    assert not window.person.organisation.isHidden()
