"""Every place that completes a name finds it typed without accents: "joao" offers João."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.dialogs.people_picker import PeoplePicker
from kith.ui.dialogs.person import PersonDialog
from kith.ui.widgets.quick_log import QuickLogDialog


def _add(services: Services, *names: str) -> dict[str, int]:
    return {name: services.people.add(PersonInput(name=name)).id for name in names}


def test_the_quick_log_finds_joao_and_logs_him(qtbot: QtBot, services: Services) -> None:
    ids = _add(services, "João Pereira", "Joan Baez", "Łukasz Nowak", "Zoë Kravitz")
    dialog = QuickLogDialog([], services.people.names())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.shown_names() == ["Joan Baez", "João Pereira", "Łukasz Nowak", "Zoë Kravitz"]
    qtbot.keyClicks(dialog.search, "joao")
    assert dialog.shown_names() == ["João Pereira"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert chosen.args == [[ids["João Pereira"]]]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "LUKASZ")
    assert dialog.shown_names() == ["Łukasz Nowak"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "joax")
    assert dialog.proxy.rowCount() == 0


def test_the_interaction_picker_offers_and_adds_joao(qtbot: QtBot, services: Services) -> None:
    ids = _add(services, "João Pereira", "Ana Souza", "Jürgen Müller")
    picker = PeoplePicker(services.people.list())
    qtbot.addWidget(picker)
    picker.show()
    completer = picker.search.completer()
    qtbot.keyClicks(picker.search, "joao")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "João Pereira"  # written back as the name
    assert picker.add_by_label("muller")
    assert picker.person_ids() == [ids["Jürgen Müller"]]


def test_the_meetup_picker_offers_joao(qtbot: QtBot, services: Services) -> None:
    ids = _add(services, "João Pereira", "Joan Baez", "Ayşe Şen")
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.people.edit
    qtbot.keyClicks(edit, "joao")
    popup = dialog.people.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert dialog.people.completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "sen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # only one fits: Enter adds her
    assert dialog.people.person_ids() == (ids["João Pereira"], ids["Ayşe Şen"])


def test_interests_complete_without_accents(qtbot: QtBot, services: Services) -> None:
    services.people.add(PersonInput(name="Ana", circle=Circle.CLOSE, interests=("café crawls",)))
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    completer = dialog.interests.completer()
    qtbot.keyClicks(dialog.interests, "jazz, cafe")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "jazz, café crawls, "
