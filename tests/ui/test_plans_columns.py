"""Plans gives its room to the title and the place: "With" and "Status" take what they
show, and a meetup with many people names three and counts the rest."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.services.views import MeetupInput
from kith.ui.plans.model import Column
from kith.ui.plans.page import PlansPage
from kith.ui.shell.changes import DataChanges
from tests.ui.plans_support import add_person

PLACE = "The community garden behind the old railway station"


def test_a_long_place_gets_the_room_and_nothing_scrolls_sideways(
    qtbot: QtBot, services: Services
) -> None:
    names = ["Ana Sari", "Ben Okafor", "Chloé Martin", "Dewi Lestari", "Eli Berg", "Farah Haddad"]
    ids = tuple(add_person(services, name) for name in names)
    services.meetups.plan(
        MeetupInput(
            title="Picnic",
            person_ids=ids,
            starts_at=datetime(2026, 11, 28, 12, 0),
            duration_minutes=120,
            place=PLACE,
        )
    )
    page = PlansPage(services, DataChanges(services.changes))
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    group = page.model.index(0, 0)
    row = page.model.index(0, Column.PEOPLE, group)
    shown = str(row.data())
    assert shown.startswith("Ana Sari, Ben Okafor, Chloé Martin") and "3 others" in shown
    assert "Dewi" not in shown
    tooltip = str(page.model.index(0, Column.TITLE, group).data(Qt.ItemDataRole.ToolTipRole))
    assert "Farah Haddad" in tooltip
    header = page.tree.header()
    assert header.length() <= page.tree.viewport().width()
    status = page.tree.fontMetrics().horizontalAdvance(
        str(page.model.index(0, Column.STATUS, group).data())
    )
    assert status <= header.sectionSize(Column.STATUS)
    assert header.sectionSize(Column.PLACE) >= header.sectionSize(Column.STATUS)


def test_nothing_in_the_toolbar_hides_behind_its_overflow(qtbot: QtBot, services: Services) -> None:
    page = PlansPage(services, DataChanges(services.changes))
    qtbot.addWidget(page)
    page.resize(700, 400)
    page.show()
    qtbot.waitUntil(lambda: page.past_button.isVisible())
    done = page.toolbar.widgetForAction(page.done_action)
    new = page.toolbar.widgetForAction(page.new_action)
    assert isinstance(done, QToolButton) and isinstance(new, QToolButton)
    assert done.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert done.toolTip() and new.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    page.resize(1600, 400)
    qtbot.waitUntil(lambda: done.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    assert page.past_button.isVisible()
