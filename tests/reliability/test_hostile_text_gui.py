"""Hostile text in the desktop app: shown exactly as typed, found by search, never markup.

Every string of HOSTILE (and a name and a note at their limits) goes into a person, an
interest, a follow-up, a logged visit and a planned meetup. Then the People table and its
search, the Plans model and every label and tooltip on Today, People, a person's page,
Plans and the Map must show it unchanged: a name like "<b>bold</b>" must read as those
characters, never turn bold (Qt guesses rich text for labels and tooltips by default).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from kith.domain import validation as v
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput
from kith.ui.people.model import Column, Role
from kith.ui.plans.model import MEETUP_ID_ROLE
from kith.ui.shell.main_window import MainWindow
from kith.ui.widgets.elided_label import ElidedLabel
from tests.reliability.test_hostile_text import HOSTILE
from tests.ui.conftest import _private_qsettings, today_is_read  # noqa: F401 (autouse)

pytestmark = pytest.mark.slow

MARKUP = "<b>bold</b>"
assert any(MARKUP in text for text in HOSTILE)
LONG_NAME = ("Zoe\u0308 👩‍👩‍👧 שלום <i>x</i> %s {0} " * 20)[: v.MAX_NAME_LENGTH].strip()
LONG_NOTE = ("<b>bold</b> line of a long story 👍🏽 مرحبا\n" * 3000)[: v.MAX_NOTE_LENGTH]


@pytest.fixture
def hostile(services: Services) -> dict[str, int]:
    """Person id by name: one person per hostile string, each with it everywhere."""
    today = services.ctx.today()
    services.profile.set_interests([*(t[: v.MAX_TAG_LENGTH].strip() for t in HOSTILE), MARKUP])
    ids: dict[str, int] = {}
    for n, text in enumerate((*HOSTILE, LONG_NAME)):
        person = services.people.add(
            PersonInput(
                name=text,
                nickname=text if n % 2 else None,
                circle=Circle.FRIENDS,
                notes=LONG_NOTE if text == LONG_NAME else f"{text}\n{text}",
                interests=(text[: v.MAX_TAG_LENGTH].strip(), MARKUP),
            )
        )
        ids[text] = person.id
        services.follow_ups.add(person.id, text)
        services.interactions.log(
            [person.id], Mode.IN_PERSON, today - timedelta(days=60), note=text, place=text
        )
        services.meetups.plan(
            MeetupInput(
                title=text,
                person_ids=(person.id,),
                # Half are ideas with no date, so those people stay due on Today.
                on_day=today + timedelta(days=1 + n % 5) if n % 2 else None,
                duration_minutes=None,
                place=text,
                notes=text,
            )
        )
    return ids


@pytest.fixture
def window(qtbot: QtBot, services: Services, hostile: dict[str, int]) -> Iterator[MainWindow]:
    from kith.ui.shell.app import build_main_window

    win = build_main_window(services)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.loaded and today_is_read(win), timeout=20_000)
    yield win
    win.close()


def might_be_rich(text: str) -> bool:
    """Qt's own guess, which labels on AutoText and all tooltips go by."""
    return bool(QtGui.Qt.mightBeRichText(text))


def seen(text: str, rich: bool) -> str:
    """What a person reads: rich text is rendered, plain text is shown as it is."""
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and might_be_rich(label.text())
    )


def markup_problems(where: str, shown: str) -> list[str]:
    """Markup taken as markup: "bold" is on screen without its tags around it."""
    if "bold" in shown.replace(MARKUP, ""):
        return [f"{where}: {shown[:120]!r}"]
    return []


def sweep_labels(root: QWidget, place: str) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        # A label shortened with "…" is checked on the whole text it stands for.
        text = label.full_text() if isinstance(label, ElidedLabel) else label.text()
        if isinstance(label, ElidedLabel) and label_is_rich(label):
            text = html.escape(text)
        problems += markup_problems(f"{place} label", seen(text, label_is_rich(label)))
        tip = label.toolTip()
        problems += markup_problems(f"{place} label tooltip", seen(tip, might_be_rich(tip)))
    for widget in root.findChildren(QWidget):
        tip = widget.toolTip()
        problems += markup_problems(f"{place} tooltip", seen(tip, might_be_rich(tip)))
    return problems


def sweep_model(model: QAbstractItemModel, place: str, parent: QModelIndex) -> list[str]:
    problems = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                problems += markup_problems(f"{place} tooltip", seen(tip, might_be_rich(tip)))
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:
            problems += sweep_model(model, place, first)
    return problems


def test_the_people_table_shows_and_finds_hostile_text(
    window: MainWindow, hostile: dict[str, int], qtbot: QtBot
) -> None:
    window.show_place("people")
    page = window.people
    qtbot.waitUntil(lambda: page.model.rowCount() == len(hostile))
    for text, person_id in hostile.items():
        # The model itself narrows to the search; start each person from everyone.
        page.search.clear()
        qtbot.waitUntil(lambda: page.model.rowCount() == len(hostile))
        row = page.model.row_of(person_id)
        assert row is not None
        shown = page.model.data(page.model.index(row, Column.NAME))
        assert shown in (text, f"{text} ({text})")
        page.search.setText(text)
        found = {
            page.proxy.data(page.proxy.index(r, 0), Role.PERSON_ID)
            for r in range(page.proxy.rowCount())
        }
        assert person_id in found, f"searching for {text!r} does not find them"
    page.search.clear()
    assert sweep_model(page.model, "People", QModelIndex()) == []
    assert sweep_labels(page, "People") == []


def test_a_persons_page_shows_hostile_text_as_plain_text(
    window: MainWindow, hostile: dict[str, int]
) -> None:
    problems = []
    for text, person_id in hostile.items():
        window.open_person(person_id)
        page = window.person
        detail = page.detail
        assert detail is not None and detail.summary.id == person_id
        assert seen(page.name.text(), label_is_rich(page.name)).startswith(text)
        assert seen(page.notes.text(), label_is_rich(page.notes)) == detail.notes
        assert page.follow_ups.item(0).text() == text
        problems += sweep_labels(page, f"page of {text[:20]!r}")
    assert problems == []


def test_plans_show_hostile_titles_and_places_unchanged(
    window: MainWindow, hostile: dict[str, int], qtbot: QtBot
) -> None:
    window.show_place("plans")
    model = window.plans.model
    qtbot.waitUntil(lambda: model.meetup_count() == len(hostile))
    titles = set()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            meetup = model.meetup_at(model.index(row, 0, parent))
            assert meetup is not None
            assert model.data(model.index(row, 0, parent)) == meetup.title
            assert isinstance(model.data(model.index(row, 0, parent), MEETUP_ID_ROLE), int)
            titles.add(meetup.title)
            assert meetup.place == meetup.title  # each was planned with the same text
    assert titles == set(hostile)
    assert sweep_model(model, "Plans", QModelIndex()) == []
    assert sweep_labels(window.plans, "Plans") == []


def test_today_and_the_map_never_take_a_name_for_markup(window: MainWindow, qtbot: QtBot) -> None:
    window.show_place("today")

    def shown() -> str:
        labels = window.today.findChildren(QLabel)
        return " ".join(seen(label.text(), label_is_rich(label)) for label in labels)

    # Everyone is due (last seen 60 days ago): on today's list by name, as typed.
    qtbot.waitUntil(lambda: today_is_read(window) and "DROP TABLE" in shown(), timeout=20_000)
    assert "Robert'); DROP TABLE person;--" in shown()
    assert MARKUP in shown()
    problems = sweep_labels(window.today, "Today")
    window.show_place("map")
    problems += sweep_labels(window.map, "Map")
    assert problems == []


def test_escaping_is_not_double() -> None:
    """The sweep's own check: escaped markup reads as the characters, not as entities."""
    assert seen(html.escape(MARKUP), True) == MARKUP
    assert markup_problems("x", seen(MARKUP, True)) != []


def test_names_keep_their_ampersands_in_menus_and_buttons(
    window: MainWindow, services: Services, hostile: dict[str, int], qtbot: QtBot
) -> None:
    """ "&" marks a shortcut key in menu and button text: a name must keep it."""
    from kith.ui.dialogs.meetup import MeetupDialog
    from kith.ui.shell.tray import KithTray

    with_ampersand = [text for text in hostile if "&" in text]
    assert with_ampersand
    dialog = MeetupDialog(services, person_ids=[hostile[t] for t in with_ampersand])
    qtbot.addWidget(dialog)
    buttons = {seen_mnemonic(b.text()) for b in dialog.findChildren(QToolButton)}
    assert set(with_ampersand) <= buttons  # the chips of the people chosen
    assert any("&" in text for text in buttons - set(with_ampersand))  # an idea, from an interest
    assert sweep_labels(dialog, "meetup dialog") == []

    tray = KithTray(window, services)
    tray.refresh()
    names = {seen_mnemonic(action.text()) for action in tray.due_menu.actions()}
    assert set(with_ampersand) & names, names


def seen_mnemonic(text: str) -> str:
    """What a menu or button shows: "&&" is one "&", a single "&" only underlines."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
