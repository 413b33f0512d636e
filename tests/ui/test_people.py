from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, TendingState
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.people.model import Column, PeopleFilter, PeopleTableModel, Role
from kith.ui.people.proxy import PeopleFilterProxy
from kith.ui.shell.main_window import MainWindow


def show_people(win: MainWindow, qtbot: QtBot) -> None:
    win.show_place("people")
    qtbot.waitUntil(lambda: not win.people.loading)


def names_shown(win: MainWindow) -> list[str]:
    proxy = win.people.proxy
    return [str(proxy.index(r, Column.NAME).data()) for r in range(proxy.rowCount())]


def test_people_models_keep_qt_contract(
    qtmodeltester: ModelTester, services: Services, people: dict[str, int]
) -> None:
    model = PeopleTableModel(services.ctx.today())
    model.set_people(services.people.list(), services.ctx.today())
    qtmodeltester.check(model)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("a")
    qtmodeltester.check(proxy)


def test_search_matches_name_nickname_and_interest(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_search()
    assert window.current_place() == "people"
    qtbot.waitUntil(lambda: not window.people.loading)
    qtbot.keyClicks(window.people.search, "climb")
    assert names_shown(window) == ["Ana Silva", "Ben Okafor"]
    window.people.search.clear()
    qtbot.keyClicks(window.people.search, "clo")
    assert names_shown(window) == ["Chloé Martin (Clo)"]
    window.people.search.setText("dana wu")
    assert names_shown(window) == ["Dana Wu"]


def test_filter_by_circle_and_tending(window: MainWindow, qtbot: QtBot) -> None:
    page = window.people
    show_people(window, qtbot)
    page.circle.setCurrentIndex(page.circle.findData(Circle.FRIENDS.value))
    assert names_shown(window) == ["Ana Silva", "Ben Okafor"]
    page.circle.setCurrentIndex(0)
    page.state.setCurrentIndex(page.state.findData(TendingState.OVERDUE.value))
    assert names_shown(window) == ["Ana Silva"]
    assert "1 of 5 shown" in page.shown.text()


def test_sorting_by_last_seen_in_person(window: MainWindow, qtbot: QtBot) -> None:
    show_people(window, qtbot)
    window.people.table.sortByColumn(Column.LAST_IN_PERSON, Qt.SortOrder.DescendingOrder)
    assert names_shown(window)[:3] == ["Dana Wu", "Eli Berg", "Ben Okafor"]
    assert names_shown(window)[-1] == "Chloé Martin (Clo)"  # never met sorts last


def test_archive_and_restore(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    page.select_ids([people["Eli"]], people["Eli"])
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Eli Berg" not in names_shown(window))
    assert services.people.summary(people["Eli"]).archived
    page.show_archived.setChecked(True)
    assert "Eli Berg — archived" in names_shown(window)
    page.select_ids([people["Eli"]], people["Eli"])
    assert page.restore_button.isVisibleTo(page)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Eli Berg" in names_shown(window))
    assert not services.people.summary(people["Eli"]).archived


def test_delete_asks_first_and_cancel_keeps_the_person(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    box = window.person_actions.delete([people["Eli"]])
    assert "Delete Eli Berg for good?" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert services.people.summary(people["Eli"]).name == "Eli Berg"
    box = window.person_actions.delete([people["Eli"]])
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert people["Eli"] not in {p.id for p in services.people.list(include_archived=True)}


def test_selection_survives_a_refresh(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    page.select_ids([people["Ben"]], people["Ben"])
    with qtbot.waitSignal(window.people_cache.loaded):
        services.people.snooze_for(people["Dana"], 3)
    assert not page.loading
    assert page.selected_ids() == [people["Ben"]]
    assert page.current_id() == people["Ben"]


def test_shared_interests_are_picked_out_in_the_table(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    show_people(window, qtbot)
    model = window.people.model
    row = model.row_of(people["Ana"])
    assert row is not None
    index = model.index(row, Column.INTERESTS)
    assert index.data() == "climbing, jazz"
    assert index.data(Role.SHARED) == ["climbing"]
    assert not window.people.table.grab().isNull()  # the delegate paints every visible row


def test_context_menu_acts_on_the_selection(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    page = window.people
    show_people(window, qtbot)
    page.select_ids([people["Ben"]], people["Ben"])
    page._on_context_menu(QPoint(5, 5))
    menu = [m for m in page.findChildren(QMenu) if m.parent() is page][-1]
    saw = next(a for a in menu.actions() if a.text() == "Saw them today")
    saw.trigger()
    menu.hide()
    assert services.people.summary(people["Ben"]).last_in_person == services.ctx.today()


def test_typing_keeps_the_selected_person_while_they_still_match(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    page.select_ids([people["Ben"]], people["Ben"])
    qtbot.keyClicks(page.search, "b")
    assert page.selected_ids() == [people["Ben"]]
    assert page.current_id() == people["Ben"]
    page.search.setText("dana")
    assert page.selected_ids() == []
    page.search.clear()
    assert names_shown(window)[0] == "Ana Silva"
    assert "5 people" in page.shown.text()


def test_sorting_keeps_the_selection_and_combines_with_a_search(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    page.select_ids([people["Eli"]], people["Eli"])
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names_shown(window)[0] == "Eli Berg"
    assert page.selected_ids() == [people["Eli"]]
    page.search.setText("a")  # Ana, Ben Okafor, Chloé Martin, Dana
    assert names_shown(window) == sorted(names_shown(window), reverse=True)
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names_shown(window) == sorted(names_shown(window))


def test_the_model_filters_and_sorts_in_bulk(services: Services, people: dict[str, int]) -> None:
    model = PeopleTableModel(services.ctx.today())
    model.set_people(services.people.list(include_archived=True), services.ctx.today())
    model.set_filter(PeopleFilter(words=("o",), circle=Circle.FRIENDS))
    assert [model.person_at(r).name for r in range(model.rowCount())] == ["Ben Okafor"]
    assert model.row_of(people["Ana"]) is None
    assert model.is_listed(people["Ana"])
    model.set_filter(PeopleFilter())
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    names = [model.person_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    assert model.total(archived=False) == model.rowCount()


def test_each_keystroke_shows_exactly_who_matches(services: Services) -> None:
    """Typing on narrows from the people shown; deleting or changing words starts over."""
    for name in ("Anna Sato", "Hana Berg", "Santos Lima", "Ivan Novak"):
        services.people.add(PersonInput(name=name))
    model = PeopleTableModel(services.ctx.today())
    everyone = services.people.list(include_archived=True)
    model.set_people(everyone, services.ctx.today())
    for typed in ("a", "an", "ann", "an", "an s", "an sa", "s", "", "novak", "n"):
        words = PeopleFilter.search_words(typed)
        model.set_filter(PeopleFilter(words=words))
        shown = {model.person_at(r).name for r in range(model.rowCount())}
        expected = {
            p.name
            for p in everyone
            if not p.archived
            and all(
                w in " ".join((p.name, p.nickname or "", *p.interests)).casefold() for w in words
            )
        }
        assert shown == expected, typed


def test_search_ignores_accents_case_and_width(
    window: MainWindow, qtbot: QtBot, services: Services
) -> None:
    for name in ("João Pereira", "Łukasz Nowak", "Jürgen Müller", "Ayşe Şen", "山田さくら"):
        services.people.add(PersonInput(name=name))
    show_people(window, qtbot)
    search = window.people.search
    for typed, expected in (
        ("joao", ["João Pereira"]),
        ("LUKASZ", ["Łukasz Nowak"]),
        ("muller", ["Jürgen Müller"]),
        ("sen", ["Ayşe Şen"]),
        ("chloe", ["Chloé Martin (Clo)"]),
        ("ｊｏａｏ", ["João Pereira"]),
        ("さくら", ["山田さくら"]),
    ):
        search.clear()
        if typed.isascii():
            qtbot.keyClicks(search, typed)
        else:
            search.setText(typed)  # as an input method commits it; key clicks are Latin-1
        assert names_shown(window) == expected, typed


def test_an_empty_result_says_no_one_matches_the_query(window: MainWindow, qtbot: QtBot) -> None:
    show_people(window, qtbot)
    page = window.people
    assert not page.no_match.isVisible()
    page.search.setText("Zoë <b>")
    assert names_shown(window) == []
    assert page.no_match.isVisible()
    assert page.no_match.text() == "No one matches “Zoë <b>”."
    page.search.clear()
    assert not page.no_match.isVisible()
    assert len(names_shown(window)) == 5


def test_names_sort_in_the_locales_order(services: Services) -> None:
    for name in ("Zoë", "José", "Zed", "Jose", "João", "Ångström", "Anders", "joan"):
        services.people.add(PersonInput(name=name))
    model = PeopleTableModel(services.ctx.today())
    model.set_people(services.people.list(), services.ctx.today())
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [model.person_at(r).name for r in range(model.rowCount())]
    assert names == ["Anders", "Ångström", "joan", "João", "Jose", "José", "Zed", "Zoë"]
