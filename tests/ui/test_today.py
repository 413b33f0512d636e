from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.clock import FixedClock
from kith.domain.values import Mode
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.dialogs.person import PersonDialog
from kith.ui.shell.main_window import MainWindow
from kith.ui.text import formatting as fmt
from kith.ui.today.page import DUE_ROWS


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """Rows acted on let go soon here: these tests are about what the list shows next."""
    window.today.settle.setInterval(50)
    qtbot.mouseMove(window.today.greeting)
    return window


def row_for(window: MainWindow, person_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in window.today.due_rows if r.person.id == person_id)


def test_due_list_is_closest_first_each_row_saying_why(
    window: MainWindow, people: dict[str, int]
) -> None:
    assert window.current_place() == "today"
    # Chloé is close (never met); Ana and Ben are friends, Ana later for her rhythm.
    assert window.today.due_ids() == [people["Chloé"], people["Ana"], people["Ben"]]
    ana = row_for(window, people["Ana"])
    assert ana.reason.full_text() == (  # shortened on screen when narrow, whole here
        "Friends · a month and a half since you met · you both like climbing"
    )
    assert "Last seen in person 40 days ago — due since 10 days" in ana.words.text()
    assert row_for(window, people["Chloé"]).reason.full_text() == "Close · not met in person yet"


def test_saw_them_today_takes_them_off_the_due_list(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    qtbot.mouseClick(row_for(window, people["Ana"]).saw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people["Ana"] not in window.today.due_ids())
    ana = services.people.summary(people["Ana"])
    assert ana.last_in_person == services.ctx.today()
    assert services.interactions.recent(1, person_id=people["Ana"])[0].mode == Mode.IN_PERSON


def test_snooze_for_a_week(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    row_for(window, people["Ben"]).snooze_week.trigger()
    qtbot.waitUntil(lambda: people["Ben"] not in window.today.due_ids())
    assert (services.people.summary(people["Ben"]).snoozed_until - services.ctx.today()).days == 7


def test_snooze_until_a_date(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = window.person_actions.snooze_until(people["Ben"])
    calendar = dialog.property("calendar")
    chosen = calendar.minimumDate().addDays(20)
    calendar.setSelectedDate(chosen)
    dialog.accept()
    qtbot.waitUntil(lambda: people["Ben"] not in window.today.due_ids())
    assert (services.people.summary(people["Ben"]).snoozed_until - services.ctx.today()).days == 20


def test_group_suggestion_names_people_who_share_an_interest(window: MainWindow) -> None:
    assert window.today.groups_section.isVisible()
    texts = [
        window.today.groups_layout.itemAt(i)
        .widget()
        .findChildren(type(window.today.greeting))[0]
        .text()
        for i in range(window.today.groups_layout.count())
    ]
    assert texts == ["Ana Silva and Ben Okafor both like climbing and would be good to see."]


def test_long_due_list_shows_a_few_and_opens_people_for_the_rest(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    for n in range(12):
        services.people.add(PersonInput(name=f"Newcomer {n:02d}"))
    qtbot.waitUntil(lambda: window.today.due_total == 15)
    assert len(window.today.due_rows) == DUE_ROWS
    assert window.today.more_button.text() == f"and {15 - DUE_ROWS} more…"
    qtbot.mouseClick(window.today.more_button, Qt.MouseButton.LeftButton)
    assert window.current_place() == "people"
    qtbot.waitUntil(lambda: window.people.proxy.rowCount() == 15)
    assert window.people.state.currentText() == "Worth seeing soon"


def test_name_opens_the_persons_page(window: MainWindow, people: dict[str, int]) -> None:
    row_for(window, people["Ana"]).name.linkActivated.emit("#")
    assert window.current_place() == "person"
    assert window.person.name.text() == "Ana Silva"


def test_empty_database_greets_and_offers_to_add_someone(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    assert empty_window.today_stack.currentWidget() is empty_window.first_run
    assert empty_window.first_run.add_button.isVisible()
    with qtbot.waitSignal(empty_window.sample_data_requested):
        qtbot.mouseClick(empty_window.first_run.sample_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(empty_window.first_run.add_button, Qt.MouseButton.LeftButton)
    dialog = empty_window.findChild(PersonDialog)
    assert dialog is not None and dialog.isVisible()


def test_a_new_day_is_read_again_when_the_window_comes_back(
    window: MainWindow, qtbot: QtBot, clock: FixedClock, people: dict[str, int]
) -> None:
    clock.advance(timedelta(days=1))
    with qtbot.waitSignal(window.today.loaded):
        window.today.refresh_if_stale()
    assert fmt.long_date(date(2026, 11, 23)) in window.today.greeting.text()
    assert "due since 11 days" in row_for(window, people["Ana"]).words.text()


def test_saw_them_today_can_be_undone(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    qtbot.mouseClick(row_for(window, people["Ana"]).saw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people["Ana"] not in window.today.due_ids())
    assert window.statusBar().currentMessage() == "Logged: in person with Ana Silva today."
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people["Ana"] in window.today.due_ids())
    assert services.people.summary(people["Ana"]).last_in_person == (
        services.ctx.today() - timedelta(days=40)
    )
    assert not window.undo_button.isVisible()


def test_a_quiet_day_says_so(window: MainWindow, qtbot: QtBot, people: dict[str, int]) -> None:
    for name in ("Ana", "Ben", "Chloé"):
        window.person_actions.snooze(people[name], 7)
    qtbot.waitUntil(lambda: window.today.due_ids() == [] and not window.today.loading)
    assert window.today.due_section.note.text() == "Nobody is waiting to be seen. Enjoy the quiet."
    assert not window.today.more_button.isVisible()
    assert not window.today.groups_section.isVisible()


def test_today_count_and_the_people_filter_it_opens_agree_on_snoozed_people(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    for n in range(10):
        services.people.add(PersonInput(name=f"Newcomer {n:02d}"))
    snoozed = services.people.add(PersonInput(name="Snoozed Newcomer")).id
    services.people.snooze_for(snoozed, 7)
    gone = services.people.add(PersonInput(name="Archived Newcomer")).id
    services.people.archive(gone)
    # Ana, Ben, Chloé and ten newcomers; the snoozed and the archived one are left out.
    qtbot.waitUntil(lambda: window.today.due_total == 13)
    qtbot.mouseClick(window.today.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.people.proxy.rowCount() == 13)
    listed = {window.people.model.person_at(row).id for row in range(13)}
    assert listed == {p.id for p in services.tending.due().people}
    assert snoozed not in listed
    window.people.show_archived.setChecked(True)
    assert window.people.proxy.rowCount() == 13  # archived people never need attention
    # Snoozed, they are still one pick away: by their tending state.
    window.people.state.setCurrentIndex(window.people.state.findData("never-met"))
    assert snoozed in {
        window.people.model.person_at(r).id for r in range(window.people.proxy.rowCount())
    }
