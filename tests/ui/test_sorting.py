"""The sorting view: people not sorted yet go into circles one key press at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, ContactKind, Mode
from kith.services.app import Services
from kith.services.views import ContactView, PersonInput
from kith.ui.dialogs.sorting import SortingDialog
from kith.ui.shell.main_window import MainWindow
from tests.packaging.system_tools import ROOT_DIR
from tests.ui.conftest import today_is_read

PHONE_EXPORT = ROOT_DIR / "tests" / "data" / "vcf" / "phone-400.vcf"

GIVEN = ("Ana", "João", "Łukasz", "Siobhán", "Mei", "Oluwaseun", "Zoë", "Kenji", "Aylin", "Rui")
FAMILY = ("Silva", "Müller", "Nowak", "O'Brien", "Şen", "Okafor", "Tanaka", "Dubois")
OTHERS = (
    "Pizza Roma",
    "Taxi Central",
    "Bank hotline",
    "Airbnb host Lisbon",
    "Voicemail",
    "王芳",
    "Дмитрий Иванов",
    "محمد علي",
    "김민준",
    "Plumber (Marco)",
)
KEYS = {
    Qt.Key.Key_1: Circle.INNER,
    Qt.Key.Key_2: Circle.CLOSE,
    Qt.Key.Key_3: Circle.FRIENDS,
    Qt.Key.Key_4: Circle.WIDER,
}


def contacts_from_a_phone(services: Services, count: int) -> list[int]:
    """`count` people as an import leaves them: not sorted yet, a few with numbers."""
    names = [f"{g} {f}" for f in FAMILY for g in GIVEN] + list(OTHERS)
    ids = []
    for n in range(count):
        name = names[n % len(names)] + ("" if n < len(names) else f" {n // len(names) + 1}")
        phone = (ContactView(ContactKind.PHONE, f"+351 21 {n:06d}", "mobile"),) if n % 3 else ()
        ids.append(
            services.people.add(PersonInput(name, circle=Circle.UNSORTED, contacts=phone)).id
        )
    return ids


def press(dialog: SortingDialog, key: Qt.Key) -> None:
    QTest.keyClick(dialog, key)


def placement(services: Services, person_id: int) -> tuple[Circle, bool]:
    summary = services.people.summary(person_id)
    return summary.circle, summary.archived


@pytest.fixture
def sorting(qtbot: QtBot, services: Services) -> SortingDialog:
    contacts_from_a_phone(services, 6)
    dialog = SortingDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_four_hundred_contacts_are_sorted_with_one_key_press_each(
    qtbot: QtBot, services: Services
) -> None:
    ids = contacts_from_a_phone(services, 400)
    dialog = SortingDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.progress.text() == "1 of 400"
    cycle = [*KEYS, Qt.Key.Key_0]
    expected: dict[int, tuple[Circle, bool]] = {}
    presses = 0
    while dialog.current is not None:
        person = dialog.current
        key = cycle[presses % len(cycle)]
        press(dialog, key)
        presses += 1
        expected[person] = (KEYS[key], False) if key in KEYS else (Circle.UNSORTED, True)
    assert presses == 400
    assert dialog.done_note.isVisible() and dialog.done_note.text() == "Everyone is sorted."
    assert services.people.unsorted_ids() == []
    assert {pid: placement(services, pid) for pid in ids} == expected
    archived = [pid for pid, (_, gone) in expected.items() if gone]
    assert len(archived) == 80  # kept, restorable from the archive
    assert {p.id for p in services.people.archived()} == set(archived)


def test_a_whole_phone_export_is_sorted_with_one_key_press_a_person(
    qtbot: QtBot, services: Services
) -> None:
    # 400 cards as phones write them: people in many scripts, colleagues, a hotline,
    # a voicemail number and the businesses, all kept (none left out) to sort by hand.
    result = services.contacts.import_file(PHONE_EXPORT)
    assert len(result.added) == 400 and services.today.view().due_total == 0
    dialog = SortingDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.progress.text() == "1 of 400"
    presses = 0
    while dialog.current is not None and presses < 1000:
        # Everyone to the friends' ring but every tenth, who is not someone to tend.
        press(dialog, Qt.Key.Key_0 if presses % 10 == 9 else Qt.Key.Key_3)
        presses += 1
    assert presses == 400
    assert services.people.unsorted_ids() == []
    assert len(services.people.archived()) == 40
    assert len(services.people.list()) == 360  # the archived are kept, out of the way


def test_each_person_shows_what_is_known_and_where_they_are(
    qtbot: QtBot, services: Services
) -> None:
    ana = services.people.add(
        PersonInput(
            "Ana Silva",
            nickname="Aninha",
            organisation="Banco <b>Norte</b>",
            circle=Circle.UNSORTED,
            contacts=(
                ContactView(ContactKind.PHONE, "+351 912 345 678", "mobile"),
                ContactView(ContactKind.EMAIL, "ana@example.org", "work"),
            ),
            birthday=(None, 3, 14),
        )
    ).id
    services.interactions.log([ana], Mode.CALL, date(2026, 10, 2))
    services.people.add(PersonInput("Bank hotline", circle=Circle.UNSORTED))
    dialog = SortingDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Ana Silva"
    facts = dialog.facts.text()
    assert facts.startswith("Organisation: Banco <b>Norte</b>\n")  # plain text, as typed
    assert "Aninha" in facts
    assert "Phone (mobile): +351 912 345 678" in facts
    assert "E-mail (work): ana@example.org" in facts
    assert "Birthday: 14 March" in facts or "Birthday: March 14" in facts
    assert "Last interaction:" in facts and "Call" in facts
    assert dialog.progress.text() == "1 of 2"
    press(dialog, Qt.Key.Key_S)
    assert dialog.name.text() == "Bank hotline"
    assert "No interaction logged yet" in dialog.facts.text()
    assert "Organisation" not in dialog.facts.text()


def test_backspace_goes_back_and_lets_a_choice_change(
    sorting: SortingDialog, services: Services
) -> None:
    first = sorting.current
    assert first is not None
    press(sorting, Qt.Key.Key_1)
    assert sorting.progress.text() == "2 of 6"
    press(sorting, Qt.Key.Key_Backspace)
    assert sorting.current == first
    assert sorting.choice_note.text() == "Chosen: Inner circle"
    press(sorting, Qt.Key.Key_0)
    assert placement(services, first) == (Circle.UNSORTED, True)
    press(sorting, Qt.Key.Key_Backspace)
    press(sorting, Qt.Key.Key_4)
    assert placement(services, first) == (Circle.WIDER, False)  # restored from the archive


def test_the_buttons_do_what_the_keys_do(qtbot: QtBot, sorting: SortingDialog) -> None:
    first = sorting.current
    qtbot.mouseClick(sorting.circle_buttons[Circle.CLOSE], Qt.MouseButton.LeftButton)
    assert sorting.current != first
    qtbot.mouseClick(sorting.back_button, Qt.MouseButton.LeftButton)
    assert sorting.current == first
    assert sorting.circle_buttons[Circle.INNER].accessibleName() == "Inner circle"
    assert "(1)" in sorting.circle_buttons[Circle.INNER].text()


def test_a_skipped_person_stays_not_sorted_yet(sorting: SortingDialog, services: Services) -> None:
    skipped = sorting.current
    press(sorting, Qt.Key.Key_S)
    for _ in range(5):
        press(sorting, Qt.Key.Key_3)
    assert sorting.current is None
    assert "skipped" in sorting.done_note.text()
    assert services.people.unsorted_ids() == [skipped]


def test_stopping_half_way_resumes_at_the_first_not_sorted(
    qtbot: QtBot, sorting: SortingDialog, services: Services
) -> None:
    queue = list(sorting.queue)
    for _ in range(3):
        press(sorting, Qt.Key.Key_2)
    sorting.close()
    again = SortingDialog(services)
    qtbot.addWidget(again)
    assert again.current == queue[3]
    assert again.progress.text() == "1 of 3"
    assert all(placement(services, pid) == (Circle.CLOSE, False) for pid in queue[:3])


def test_every_choice_can_be_undone_and_redone(qtbot: QtBot, services: Services) -> None:
    contacts_from_a_phone(services, 3)
    told: list[tuple[Callable[[], object], Callable[[], object], str]] = []
    dialog = SortingDialog(services, on_choice=lambda u, r, d: told.append((u, r, d)))
    qtbot.addWidget(dialog)
    first = dialog.current
    assert first is not None
    name = dialog.name.text()
    press(dialog, Qt.Key.Key_1)
    press(dialog, Qt.Key.Key_S)  # a skip changes nothing, so nothing to undo
    assert len(told) == 1
    undo, redo, description = told[0]
    assert description == f"Moved {name} to Inner circle."
    undo()
    assert placement(services, first) == (Circle.UNSORTED, False)
    redo()
    assert placement(services, first) == (Circle.INNER, False)

    press(dialog, Qt.Key.Key_Backspace)
    press(dialog, Qt.Key.Key_Backspace)
    press(dialog, Qt.Key.Key_2)  # changing a choice is undone back to the one before
    undo, _redo, description = told[-1]
    assert description == f"Moved {name} to Close circle."
    undo()
    assert placement(services, first) == (Circle.INNER, False)


def test_today_people_and_the_status_bar_lead_to_sorting(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    window.show_place("today")
    qtbot.waitUntil(lambda: today_is_read(window))
    assert window.today.sort_button.isHidden()  # everyone is in a circle: nothing to say
    ids = contacts_from_a_phone(services, 3)
    qtbot.waitUntil(lambda: window.today.sort_button.isVisible())
    assert window.today.sort_button.text() == (
        "3 people from your contacts are not sorted yet — Sort them…"
    )
    qtbot.mouseClick(window.today.sort_button, Qt.MouseButton.LeftButton)
    dialog = window.commands.sort_people()  # the one already open
    assert dialog.isVisible() and dialog.progress.text() == "1 of 3"
    first = dialog.current
    assert first in ids
    press(dialog, Qt.Key.Key_2)
    assert placement(services, first) == (Circle.CLOSE, False)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert placement(services, first) == (Circle.UNSORTED, False)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()

    window.show_place("people")
    window.people.sort_button.click()
    (again,) = window.findChildren(SortingDialog)
    assert again.isVisible() and again.progress.text() == "1 of 3"  # the undone one is back


def test_the_end_of_an_import_offers_to_sort_the_people_added(
    qtbot: QtBot, empty_window: MainWindow, services: Services
) -> None:
    vcf = Path(__file__).parent.parent / "data" / "vcf" / "malformed.vcf"
    importing = empty_window.commands.import_contacts(vcf)
    qtbot.waitUntil(lambda: importing.import_button.isEnabled(), timeout=20_000)
    assert importing.sort_button.isHidden()  # nothing added yet
    with qtbot.waitSignal(importing.imported, timeout=20_000):
        importing.import_button.click()
    qtbot.waitUntil(lambda: not importing.is_working(), timeout=20_000)
    assert importing.sort_button.isVisible()
    importing.sort_button.click()
    (sorting,) = empty_window.findChildren(SortingDialog)
    assert sorting.isVisible() and sorting.progress.text() == "1 of 3"
    assert sorting.name.text() == "Bad Line"
