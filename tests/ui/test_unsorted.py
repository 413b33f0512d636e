"""People not sorted yet, as People, their page, the add dialog and Today show them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.dialogs.person import PersonDialog
from kith.ui.people.model import Column
from kith.ui.shell.main_window import MainWindow
from tests.ui.conftest import today_is_read


def test_someone_not_sorted_yet_reads_calmly_and_waits_off_today(
    qtbot: QtBot, window: MainWindow, services: Services, people: dict[str, int]
) -> None:
    due_before = window.today.due_total
    taxi = services.people.add(PersonInput(name="Taxi Central", circle=Circle.UNSORTED)).id
    window.show_place("people")
    qtbot.waitUntil(lambda: not window.people.loading and window.people.proxy.rowCount() == 6)
    proxy = window.people.proxy
    row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, Column.NAME).data() == "Taxi Central"
    )
    assert proxy.index(row, Column.CIRCLE).data() == "Not sorted yet"
    assert proxy.index(row, Column.STATE).data() == "Not sorted yet"

    window.open_person(taxi)
    qtbot.waitUntil(lambda: window.person.name.text() == "Taxi Central")
    assert window.person.facts.text() == "Not sorted yet"  # no rhythm to keep

    window.show_place("today")
    qtbot.waitUntil(lambda: today_is_read(window))
    assert window.today.due_total == due_before and taxi not in window.today.due_ids()


def test_the_add_dialog_offers_not_sorted_yet_last(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.circle.currentData() == Circle.FRIENDS.value  # the explicit default stays
    assert dialog.circle.itemText(dialog.circle.count() - 1) == "Not sorted yet"
    dialog.name.setText("Airbnb host Lisbon")
    dialog.circle.setCurrentIndex(dialog.circle.count() - 1)
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.circle == Circle.UNSORTED
