"""The person page's ties and groups: added with a picker, read from both pages, changed,
removed and put back with Undo, all from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.domain.ties import TieKind
from kith.services.app import Services
from kith.ui.dialogs.tie import TieDialog
from kith.ui.shell.main_window import MainWindow


def _rows(window: MainWindow) -> list[str]:
    found = window.person.ties.tie_list
    return [found.item(i).text() for i in range(found.count())]


def test_a_tie_added_on_one_page_reads_right_on_the_other_and_undoes(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Chloé"])
    section = window.person.ties
    assert _rows(window) == ["No ties yet: who are they close to?"]
    dialog = section.add_tie()
    assert isinstance(dialog, TieDialog)
    qtbot.waitExposed(dialog)
    # Typing part of a name is enough when only one person fits.
    qtbot.keyClicks(dialog.who, "okaf")
    dialog.kind.setCurrentIndex(dialog.kind.findData(TieKind.PARENT.value))
    qtbot.keyClicks(dialog.note, "since 1990")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(window) == ["Ben Okafor — Parent · since 1990"])
    window.open_person(people["Ben"])
    qtbot.waitUntil(lambda: _rows(window) == ["Chloé Martin — Child · since 1990"])
    # Delete removes it; Undo brings it back, on both sides.
    section.tie_list.setCurrentRow(0)
    section.tie_list.setFocus()
    qtbot.keyClick(section.tie_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _rows(window) == ["No ties yet: who are they close to?"])
    assert services.ties.ties_of(people["Chloé"]) == ()
    window.undo.undo()
    qtbot.waitUntil(lambda: _rows(window) == ["Chloé Martin — Child · since 1990"])
    # Enter on a tie opens the other person.
    section.tie_list.setCurrentRow(0)
    qtbot.keyClick(section.tie_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.person.person_id == people["Chloé"])


def test_someone_nobody_matches_is_said_next_to_the_field(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Ana"])
    dialog = window.person.ties.add_tie()
    assert isinstance(dialog, TieDialog)
    qtbot.keyClicks(dialog.who, "Zed")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
    assert "Choose someone from the list" in dialog.problems.message("other")
    assert dialog.isVisible() and services.ties.ties_of(people["Ana"]) == ()
    dialog.reject()


def test_joining_a_new_group_and_leaving_it_are_undoable(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Ana"])
    section = window.person.ties
    section.join_group("Climbing crew")
    qtbot.waitUntil(lambda: section.group_list.count() == 1)
    assert section.group_list.item(0).text() == "Climbing crew"
    window.open_person(people["Ben"])
    section.join_group("climbing CREW")  # the same group, in any case
    qtbot.waitUntil(lambda: section.group_list.count() == 1)
    assert section.group_list.item(0).text() == "Climbing crew (with 1 other)"
    # A group can be planned with: the meetup dialog opens with everyone in it.
    from kith.ui.dialogs.meetup import MeetupDialog

    section.plan_with_group(section.groups[0].id)
    qtbot.waitUntil(lambda: window.findChild(MeetupDialog) is not None)
    planning = window.findChild(MeetupDialog)
    assert set(planning.people.person_ids()) == {people["Ana"], people["Ben"]}
    planning.reject()
    window.undo.undo()
    qtbot.waitUntil(lambda: section.group_list.count() == 0)
    assert [m.name for m in services.ties.groups()[0].members] == ["Ana Silva"]


def test_planning_with_someone_offers_their_partner_when_both_are_due(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    from kith.ui.dialogs.meetup import MeetupDialog

    services.ties.tie(people["Ben"], people["Ana"], TieKind.PARTNER)
    services.ties.tie(people["Dana"], people["Eli"], TieKind.PARTNER)
    dialog = MeetupDialog(services, person_ids=[people["Ana"]])
    qtbot.addWidget(dialog)
    hint = dialog.partner_hint
    assert [b.text() for b in hint.buttons] == [
        "Add Ben Okafor too — Ana Silva's partner, also due"
    ]
    hint.buttons[0].click()
    assert set(dialog.people.person_ids()) == {people["Ana"], people["Ben"]}
    assert hint.buttons == [] and hint.isHidden()
    # Dana and Eli are partners, but neither is due: planning with Dana offers nobody.
    dialog.people.set_people([people["Dana"]])
    dialog._on_people_changed()
    assert hint.buttons == []


def test_people_can_be_filtered_by_group_as_it_changes(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    crew = services.ties.add_group("Climbing crew", [people["Ana"], people["Ben"]])
    window.show_place("people")
    page = window.people
    qtbot.waitUntil(lambda: page.group.findData(crew.id) > 0 and page.group.isVisible())

    def shown() -> set[str]:
        return {page.model.person_at(r).name for r in range(page.model.rowCount())}

    page.group.choose(crew.id)
    qtbot.waitUntil(lambda: shown() == {"Ana Silva", "Ben Okafor"})
    # Someone joining elsewhere shows up without choosing the group again.
    services.ties.join(crew.id, people["Dana"])
    qtbot.waitUntil(lambda: shown() == {"Ana Silva", "Ben Okafor", "Dana Wu"})
    page.group.choose(None)
    qtbot.waitUntil(lambda: len(shown()) == len(people))
