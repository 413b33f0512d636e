"""The tray's quick log: Today's people first, nothing chosen for you, several people at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.domain.values import Mode
from kith.services.app import Services
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.shell.main_window import MainWindow
from kith.ui.widgets.quick_log import QuickLogDialog


def _open(wiring: ReminderWiring) -> QuickLogDialog:
    wiring.tray.log_action.trigger()
    picker = wiring.tray.picker
    assert picker is not None and picker.isVisible()
    return picker


def _tick(qtbot: QtBot, picker: QuickLogDialog, typed: str) -> None:
    """The keyboard way: type a few letters, an arrow into the list, Space to choose."""
    picker.search.clear()
    qtbot.keyClicks(picker.search, typed)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker.list
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)


def test_todays_people_come_first_in_todays_order_then_everyone_by_name(
    wired: tuple[MainWindow, ReminderWiring], services: Services
) -> None:
    window, wiring = wired
    today = [row.person.name for row in window.today.due_rows]
    assert len(today) >= 2  # Ana and Ben are due, Chloé was never met
    picker = _open(wiring)
    everyone = sorted(p.name for p in services.people.names())
    rest = [name for name in everyone if name not in today]
    assert picker.shown_names() == ["Worth seeing", *today, "Everyone else", *rest]
    # The headings are labels, not people: they cannot be chosen.
    heading = picker.proxy.index(0, 0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_nothing_is_chosen_for_you_and_enter_alone_logs_nothing(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring], services: Services
) -> None:
    _, wiring = wired
    before = [i.id for i in services.interactions.recent(100)]
    picker = _open(wiring)
    assert picker.chosen_ids() == []
    assert not picker.log_button.isEnabled()
    assert picker.summary.text() == "No one chosen yet."
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # a row is current, but not chosen
    assert picker.list.currentIndex().isValid()
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert picker.isVisible()
    assert [i.id for i in services.interactions.recent(100)] == before
    assert wiring.tray.history.next_undo is None


def test_several_people_are_one_meeting_today_and_one_undo(
    qtbot: QtBot,
    wired: tuple[MainWindow, ReminderWiring],
    services: Services,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, wiring = wired
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(wiring.tray.icon, "showMessage", lambda t, b, *_: shown.append((t, b)))
    window.person_actions.saw_today([people["Dana"]])  # an earlier action: it must stay
    earlier = window.undo.next_undo
    before = {i.id for i in services.interactions.recent(100)}
    window.hide()

    picker = _open(wiring)
    _tick(qtbot, picker, "ana")
    _tick(qtbot, picker, "ben")
    assert picker.chosen_ids() == [people["Ana"], people["Ben"]]
    assert picker.summary.text() == "With Ana Silva and Ben Okafor"
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)

    (added,) = [i for i in services.interactions.recent(100) if i.id not in before]
    assert {p.id for p in added.people} == {people["Ana"], people["Ben"]}
    assert added.mode is Mode.IN_PERSON and added.on == services.ctx.today()
    assert shown[-1] == ("Logged", "You saw Ana Silva and Ben Okafor today.")
    entry = window.undo.next_undo
    assert entry is not None and entry.description == "Saw Ana Silva and Ben Okafor today"

    window.undo_action.trigger()  # one Undo takes back the whole meeting, and only it
    assert {i.id for i in services.interactions.recent(100)} == before
    assert window.undo.next_undo is earlier


def test_names_are_found_without_their_accents(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring], services: Services
) -> None:
    from kith.services.views import PersonInput

    joao = services.people.add(PersonInput(name="João Pereira")).id
    picker = _open(wired[1])
    qtbot.keyClicks(picker.search, "joao")
    assert picker.shown_names() == ["João Pereira"]  # the headings step aside while searching
    picker.search.clear()
    qtbot.keyClicks(picker.search, "CHLOE")
    assert picker.shown_names() == ["Chloé Martin"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "clo")  # her nickname
    assert picker.shown_names() == ["Chloé Martin"]
    _tick(qtbot, picker, "joao")
    assert picker.chosen_ids() == [joao]


def test_typing_in_the_list_goes_on_searching(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring]
) -> None:
    picker = _open(wired[1])
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClicks(picker.list, "eli")
    assert picker.focusWidget() is picker.search and picker.search.text() == "eli"
    assert picker.shown_names() == ["Eli Berg"]


def test_the_controls_have_names_for_a_screen_reader(
    wired: tuple[MainWindow, ReminderWiring],
) -> None:
    picker = _open(wired[1])
    assert picker.search.accessibleName() == "Search people"
    assert picker.list.accessibleName() == "People"
    assert picker.list.accessibleDescription() == "Space chooses a person; Enter logs."


def test_someone_just_seen_is_no_longer_worth_seeing(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring], people: dict[str, int]
) -> None:
    window, wiring = wired
    picker = _open(wiring)
    assert "Ana Silva" in picker.shown_names()[: picker.shown_names().index("Everyone else")]
    picker.reject()
    qtbot.waitUntil(lambda: wiring.tray.picker is None)
    window.person_actions.saw_today([people["Ana"]])  # the tray's due list is now stale
    picker = _open(wiring)
    names = picker.shown_names()
    assert names.index("Ana Silva") > names.index("Everyone else")


def test_arrows_step_over_the_headings(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring]
) -> None:
    picker = _open(wired[1])
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    landed = [picker.list.currentIndex().data()]
    for _ in range(picker.proxy.rowCount()):
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
        landed.append(picker.list.currentIndex().data())
    people = [n for n in picker.shown_names() if n not in ("Worth seeing", "Everyone else")]
    assert list(dict.fromkeys(landed)) == people


def test_someone_deleted_meanwhile_logs_nothing_and_says_so(
    qtbot: QtBot,
    wired: tuple[MainWindow, ReminderWiring],
    services: Services,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, wiring = wired
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(wiring.tray.icon, "showMessage", lambda t, b, *_: shown.append((t, b)))
    picker = _open(wiring)
    _tick(qtbot, picker, "ana")
    _tick(qtbot, picker, "ben")
    services.people.delete(people["Ben"])  # from the window, while the quick log was open
    before = [i.id for i in services.interactions.recent(100)]
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert [i.id for i in services.interactions.recent(100)] == before  # not Ana alone either
    assert shown and shown[-1][0] == "Kith" and str(people["Ben"]) in shown[-1][1]
    assert wiring.tray.history.next_undo is None
