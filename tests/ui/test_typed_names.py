"""A name holding placeholders and "&" comes out exactly as typed on every surface.

`Ana %2 {name} & Co` would turn into "Ana wedding's wedding" if a text were filled one
placeholder at a time, into "Ana %2 <value> & Co" with .format, and "& C" would become a
shortcut key in a menu or button. One test per surface, on real widgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from kith.domain.reminders import DeliveryKind
from kith.domain.values import DateKind, Mode
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.reminders.wording import QtWording
from kith.ui.shell.main_window import MainWindow
from tests.ui.conftest import shown_window

NAME = "Ana %2 {name} & Co"


@pytest.fixture
def english() -> Iterator[QLocale]:
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def ana(services: Services) -> int:
    """Due (last seen 40 days ago), with a birthday, an anniversary and a yearly date ahead,
    and an open follow-up."""
    today = services.ctx.today()
    person = services.people.add(PersonInput(NAME, birthday=(None, 11, 23)))
    services.people.add_date(person.id, DateKind.ANNIVERSARY, 11, 24, label="wedding")
    services.people.add_date(person.id, DateKind.CUSTOM, 11, 25, label="name day")
    services.interactions.log([person.id], Mode.IN_PERSON, today - timedelta(days=40))
    services.follow_ups.add(person.id, "ask about the new job")
    return person.id


@pytest.fixture
def window(qtbot: QtBot, services: Services, ana: int, english: QLocale) -> Iterator[MainWindow]:
    with shown_window(qtbot, services) as win:
        yield win


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_every_reminder_text_names_the_person_exactly(
    services: Services, ana: int, english: QLocale
) -> None:
    services.reminders.wording = QtWording(english)
    services.meetups.plan(MeetupInput("Climbing", (ana,), starts_at=datetime(2026, 11, 23, 18, 0)))
    zone = services.ctx.clock.zone()
    found = services.reminders.simulate(
        datetime(2026, 11, 22, 0, 0, tzinfo=zone), datetime(2026, 11, 26, 0, 0, tzinfo=zone)
    )
    texts = {d.kind: [] for d in found}
    for d in found:
        texts[d.kind].append(f"{d.title}\n{d.text}")
    digest = "\n".join(texts[DeliveryKind.DIGEST])
    dates = "\n".join(texts[DeliveryKind.DATE])
    alarm = "\n".join(texts[DeliveryKind.ALARM])
    assert f"Time to see {NAME}." in digest
    assert f"{NAME}'s birthday" in dates
    assert f"{NAME}'s wedding" in dates  # the anniversary, with its label
    assert f"{NAME}: name day" in dates  # a yearly date of the user's own
    assert f"with {NAME}" in alarm  # the meetup alarm
    assert f"Remember: {NAME}: ask about the new job." in alarm  # the open follow-up
    assert "wedding's wedding" not in dates and "{name}" in dates


def test_the_tray_menu_of_who_is_due_shows_the_name_as_typed(
    qtbot: QtBot, wired: tuple[MainWindow, ReminderWiring]
) -> None:
    tray = wired[1].tray
    tray.due_menu.aboutToShow.emit()
    actions = tray.due_menu.actions()
    # "&&" is how a menu shows one "&"; the words shown (without shortcut marks) are the name.
    assert [a.iconText() for a in actions] == [NAME]
    assert actions[0].text() == NAME.replace("&", "&&")


def test_the_tray_quick_log_lists_and_confirms_the_name_as_typed(
    qtbot: QtBot,
    wired: tuple[MainWindow, ReminderWiring],
    monkeypatch: pytest.MonkeyPatch,
    ana: int,
) -> None:
    tray = wired[1].tray
    shown: list[tuple[str, str]] = []

    def show_message(title: str, text: str, *_: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(tray.icon, "showMessage", show_message)
    tray.log_action.trigger()
    picker = tray.picker
    assert picker is not None
    assert picker.shown_names() == ["Worth seeing", NAME]
    picker.chosen.emit([ana])
    assert shown[-1] == ("Logged", f"You saw {NAME} today.")


def test_a_today_row_shows_the_name_as_typed(window: MainWindow) -> None:
    rows = window.today.due_rows
    assert len(rows) == 1
    row = rows[0]
    assert _plain(row.name.text()) == NAME
    assert row.saw_button.accessibleName() == f"Saw {NAME} today"
    assert row.plan_button.accessibleName() == f"Plan a meetup with {NAME}"
    # The dates beside the rows link to the person by the same name.
    assert f"{NAME} — " in _plain(window.today.dates.text())


def test_the_person_page_heading_and_its_actions_use_the_name_as_typed(
    qtbot: QtBot, window: MainWindow, ana: int
) -> None:
    window.open_person(ana)
    assert window.person.name.text() == NAME
    told: list[str] = []
    window.person_actions.told.connect(lambda text, _undo: told.append(text))
    window.person_actions.saw_today([ana])
    window.person_actions.snooze(ana, 7)
    assert told[0] == f"Logged: in person with {NAME} today."
    assert told[1].startswith(f"{NAME} is snoozed until ")


def test_the_log_dialog_lists_the_person_as_typed(window: MainWindow, ana: int) -> None:
    dialog = window.person_actions.log_interaction([ana])
    assert dialog.windowTitle() == "Log an interaction"
    assert [dialog.picker.chosen.item(i).text() for i in range(dialog.picker.chosen.count())] == [
        NAME
    ]
    dialog.reject()


def test_the_edit_dialog_shows_the_name_as_typed(window: MainWindow, ana: int) -> None:
    dialog = window.person_actions.edit_person(ana)
    assert dialog.windowTitle() == "Edit person"
    assert dialog.name.text() == NAME
    dialog.reject()


def test_the_delete_confirmation_names_the_person_as_typed(window: MainWindow, ana: int) -> None:
    box = window.person_actions.delete([ana])
    assert box.text() == f"Delete {NAME} for good?"
    # Plain text: a name is never read as markup or a shortcut.
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and label.text() == f"Delete {NAME} for good?"
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_the_meetup_dialog_shows_the_person_as_typed(window: MainWindow, ana: int) -> None:
    dialog = window.person_actions.plan_meetup([ana])
    assert dialog is not None and dialog.windowTitle() == "Plan a meetup"
    chips = [c for c in dialog.findChildren(QToolButton) if c.accessibleName().startswith("Remove")]
    assert [c.accessibleName() for c in chips] == [f"Remove {NAME}"]
    assert chips[0].text() == NAME.replace("&", "&&")  # shown as one "&", not a shortcut
    dialog.reject()
