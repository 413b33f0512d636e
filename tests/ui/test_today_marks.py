"""Today keeps still under the pointer: a row acted on stays, marked, with its own Undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kith.domain.values import Mode
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.shell.main_window import MainWindow
from kith.ui.today.due_row import DueRow
from tests.ui.conftest import shown_window

SETTLE_MS = 150


@pytest.fixture
def window(qtbot: QtBot, services: Services, people: dict[str, int]) -> Iterator[MainWindow]:
    with shown_window(qtbot, services) as win:
        win.today.settle.setInterval(SETTLE_MS)
        qtbot.mouseMove(win.today.greeting)  # the pointer starts off the list
        yield win


def row_for(window: MainWindow, person_id: int) -> DueRow:
    return next(r for r in window.today.due_rows if r.person.id == person_id)


def met_today(services: Services) -> list[int]:
    """Everyone with an in-person meeting logged today."""
    today = services.ctx.today()
    return sorted(
        p.id
        for i in services.interactions.recent(50)
        if i.mode == Mode.IN_PERSON and i.on == today
        for p in i.people
    )


def click_at(qtbot: QtBot, window: MainWindow, spot: QPoint) -> None:
    """The pointer goes to `spot` and clicks whatever widget is there now."""
    target = window.childAt(spot)
    assert target is not None
    where = target.mapFrom(window, spot)
    qtbot.mouseMove(target, where)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=where)


def test_two_quick_clicks_on_saw_them_today_log_one_person(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    first = row_for(window, people["Ana"])
    order = window.today.due_ids()
    below = order[order.index(people["Ana"]) + 1]
    spot = first.saw_button.mapTo(window, first.saw_button.rect().center())
    click_at(qtbot, window, spot)
    qtbot.wait(250)
    click_at(qtbot, window, spot)
    qtbot.wait(50)
    assert met_today(services) == [people["Ana"]]
    # The row is still where it was, marked, and the person below it has not moved up.
    assert window.today.due_ids() == order
    assert first.acted_on and first.mark.text() == "Seen today ✓"
    assert not first.saw_button.isEnabled()
    assert window.childAt(spot) is not row_for(window, below).saw_button


def test_the_marked_rows_undo_takes_the_meeting_back(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    row = row_for(window, people["Ana"])
    qtbot.mouseClick(row.saw_button, Qt.MouseButton.LeftButton)
    assert row.undo_button.isVisible()
    qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    assert met_today(services) == []
    assert services.people.summary(people["Ana"]).last_in_person == (
        services.ctx.today() - timedelta(days=40)
    )
    assert not row.acted_on and row.saw_button.isEnabled() and not row.undo_button.isVisible()
    assert not window.undo_action.isEnabled()


def test_a_snoozed_row_says_until_when(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    row = row_for(window, people["Ben"])
    row.snooze_week.trigger()
    assert row.acted_on and row.mark.text().startswith("Snoozed until ")
    assert not row.snooze_button.isEnabled()
    # Once the pointer has been off the list a moment, the list shows who is left.
    qtbot.waitUntil(lambda: people["Ben"] not in window.today.due_ids())


def test_changes_wait_while_the_pointer_is_on_a_marked_list(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    today = window.today
    row = row_for(window, people["Ana"])
    qtbot.mouseMove(row.saw_button)
    qtbot.mouseClick(row.saw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.due_box.underMouse())
    reloads = today.refresher.reloads
    rows = list(today.due_rows)
    newcomer = services.people.add(PersonInput(name="Aaron Newcomer")).id  # due at once
    qtbot.wait(SETTLE_MS * 3)
    assert today.refresher.reloads == reloads
    assert today.due_rows == rows and newcomer not in today.due_ids()
    qtbot.mouseMove(window.sidebar)
    qtbot.waitUntil(lambda: newcomer in today.due_ids() and people["Ana"] not in today.due_ids())


def test_leaving_today_lets_the_marked_rows_go(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    window.today.settle.setInterval(60_000)
    qtbot.mouseClick(row_for(window, people["Ana"]).saw_button, Qt.MouseButton.LeftButton)
    window.show_place("people")
    window.show_place("today")
    qtbot.waitUntil(lambda: people["Ana"] not in window.today.due_ids())


def test_after_the_rows_undo_the_list_still_keeps_still_under_the_pointer(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    today = window.today
    row = row_for(window, people["Ana"])
    qtbot.mouseMove(row.saw_button)
    qtbot.mouseClick(row.saw_button, Qt.MouseButton.LeftButton)
    qtbot.mouseMove(row.undo_button)
    qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    assert not row.acted_on
    rows = list(today.due_rows)
    newcomer = services.people.add(PersonInput(name="Aaron Newcomer")).id
    qtbot.wait(SETTLE_MS * 3)
    assert today.due_rows == rows and newcomer not in today.due_ids()
    qtbot.mouseMove(window.sidebar)
    qtbot.waitUntil(lambda: newcomer in today.due_ids())
    assert people["Ana"] in today.due_ids()
