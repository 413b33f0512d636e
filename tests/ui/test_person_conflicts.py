"""A person's page lists their values changed on two devices, and puts one back in a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.services.views import PersonInput
from tests.services.sync_devices import Device
from tests.ui.conftest import shown_window


def test_the_page_shows_their_conflict_and_puts_the_other_value_back(
    two_devices: tuple[Device, Device], qtbot: QtBot
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    ben = laptop.svc.people.add(PersonInput("Ben"))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    with shown_window(qtbot, laptop.svc) as window:
        window.open_person(ana.id)
        page = window.person
        section = page.conflicts_section
        assert not section.isVisibleTo(page), "shown with nothing changed on two devices"

        # Both change her notes before seeing each other's change; the desktop's is later.
        laptop.svc.people.update(ana.id, PersonInput("Ana", notes="likes tea"))
        desktop.later(5)
        desktop.svc.people.update(there, PersonInput("Ana", notes="likes coffee"))
        desktop.sync()
        laptop.sync()  # the change bus tells the open page
        qtbot.waitUntil(lambda: section.isVisibleTo(page))
        assert page.notes.text() == "likes coffee"
        [button] = page.conflicts.buttons
        line = page.conflicts.rows.itemAt(0).widget().text()
        assert line.startswith("Notes: kept “likes coffee”; on Laptop (")
        assert line.endswith("): “likes tea”")
        assert button.text() == "Use this instead"
        assert button.accessibleName() == "Use “likes tea” for Notes instead of “likes coffee”"
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus

        window.open_person(ben.id)  # someone else's page has none
        assert not section.isVisibleTo(page)
        window.open_person(ana.id)
        qtbot.mouseClick(page.conflicts.buttons[0], Qt.MouseButton.LeftButton)
        assert laptop.svc.people.detail(ana.id).notes == "likes tea"
        qtbot.waitUntil(lambda: page.notes.text() == "likes tea")
        assert not section.isVisibleTo(page) and page.conflicts.buttons == []

        window.undo.undo()  # Edit → Undo keeps the later value again
        assert laptop.svc.people.detail(ana.id).notes == "likes coffee"
        qtbot.waitUntil(lambda: page.notes.text() == "likes coffee")
        assert not section.isVisibleTo(page)
        window.undo.redo()
    laptop.sync()
    desktop.sync()
    assert desktop.svc.people.detail(there).notes == "likes tea"
    assert desktop.svc.sync.conflicts_of(there) == []
