"""A write to a few people redraws their rows in People, not the whole table."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kith.domain.values import Mode
from kith.services.app import Services
from kith.ui.people.model import Column, PeopleTableModel
from kith.ui.shell.main_window import MainWindow


def _rows(model: PeopleTableModel) -> list[tuple[str, ...]]:
    return [tuple(str(model.index(r, c).data()) for c in Column) for r in range(model.rowCount())]


def _count(signal: object) -> list[object]:
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args))  # type: ignore[attr-defined]
    return seen


def test_logging_someone_redraws_their_row_and_keeps_the_selection(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    window.show_place("people")
    qtbot.waitUntil(lambda: not page.loading)
    page.select_ids([people["Ben"]], people["Ben"])
    resets = _count(page.model.modelAboutToBeReset)
    redrawn: list[int] = []
    page.model.dataChanged.connect(
        lambda first, _last, _roles=(): redrawn.append(page.model.person_at(first.row()).id)
    )

    services.interactions.log([people["Dana"]], Mode.IN_PERSON, services.ctx.today())
    qtbot.waitUntil(lambda: not page.loading)

    assert resets == []
    assert redrawn == [people["Dana"]]
    assert page.selected_ids() == [people["Ben"]]
    # What is drawn is what a table built afresh would draw.
    fresh = PeopleTableModel(services.ctx.today())
    fresh.set_people(services.people.list(), services.ctx.today())
    assert _rows(page.model) == _rows(fresh)


def test_someone_who_now_sorts_elsewhere_moves_without_a_reset(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    window.show_place("people")
    qtbot.waitUntil(lambda: not page.loading)
    page.table.sortByColumn(Column.LAST_IN_PERSON, Qt.SortOrder.DescendingOrder)
    page.select_ids([people["Chloé"]], people["Chloé"])
    resets = _count(page.model.modelAboutToBeReset)

    # Never met, so last; met today, so first.
    services.interactions.log([people["Chloé"]], Mode.IN_PERSON, services.ctx.today())
    qtbot.waitUntil(lambda: not page.loading)

    assert resets == []
    assert page.model.person_at(0).id == people["Chloé"]
    assert page.selected_ids() == [people["Chloé"]]


def test_updating_rows_in_place_equals_a_fresh_table_under_qt_checks(
    qtmodeltester: ModelTester, services: Services, people: dict[str, int]
) -> None:
    today = services.ctx.today()
    everyone = services.people.list(include_archived=True)
    model = PeopleTableModel(today)
    model.set_people(everyone, today)
    qtmodeltester.check(model)
    model.sort(Column.LAST_IN_PERSON, Qt.SortOrder.AscendingOrder)
    changed = list(everyone)
    for at, p in enumerate(changed):
        if p.id in (people["Ana"], people["Eli"]):
            seen = today - timedelta(days=3 if p.id == people["Ana"] else 400)
            changed[at] = replace(p, last_in_person=seen)
    assert model.update_people(changed, today)
    fresh = PeopleTableModel(today)
    fresh.set_people(changed, today)
    fresh.sort(Column.LAST_IN_PERSON, Qt.SortOrder.AscendingOrder)
    assert _rows(model) == _rows(fresh)
    assert not model.index(0, 0).parent().isValid()
    assert model.index(0, 0) != QModelIndex()
