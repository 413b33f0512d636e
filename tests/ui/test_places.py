"""Each place is named once: the sidebar, the View menu and the window title agree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kith.ui.shell.main_window import MainWindow
from kith.ui.shell.places import PLACE_LIST, PLACES, Place, place


def test_sidebar_menu_and_title_use_the_one_label_of_each_place(
    window: MainWindow, people: dict[str, int]
) -> None:
    assert tuple(p.name for p in PLACE_LIST) == PLACES
    view_menu = [a for a in window.menus["view"].actions() if not a.isSeparator()]
    assert [a.text() for a in view_menu] == [p.menu_text() for p in PLACE_LIST]
    for row, each in enumerate(PLACE_LIST):
        item = window.sidebar.item(row)
        assert item.data(Qt.ItemDataRole.UserRole) == each.name
        assert item.text() == each.title()
        assert each.menu_text().replace("&", "") == each.title()
        keys = QKeySequence(each.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        assert item.toolTip() == f"{each.title()} ({keys})"
        assert window.place_actions[each.name].shortcut() == QKeySequence(each.shortcut)
        if each.name != "person":
            window.show_place(each.name)
            assert window.windowTitle() == f"{each.title()} — Kith"

    # The person's place is titled by whom it shows, in the title and the sidebar alike.
    window.open_person(people["Ana"])
    name = window.person.detail.summary.name  # type: ignore[union-attr]
    assert window.windowTitle() == f"{name} — Kith"
    assert window.sidebar.item(PLACES.index("person")).text() == name


def test_the_access_key_is_left_out_of_the_shown_label() -> None:
    assert Place("x", "P&erson", "nav-person", "Ctrl+3").title() == "Person"
    # Some languages mark the key after the word, in brackets.
    assert Place("x", "今日(&T)", "nav-today", "Ctrl+1").title() == "今日"
    assert Place("x", "Tom && Jo", "nav-today", "Ctrl+1").title() == "Tom & Jo"


def test_an_unknown_place_is_refused(window: MainWindow) -> None:
    with pytest.raises(ValueError, match="unknown place"):
        place("garden")
    with pytest.raises(ValueError, match="unknown place"):
        window.show_place("garden")
