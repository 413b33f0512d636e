"""With the Indonesian catalogue installed, the main window speaks Indonesian."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow


def _texts(qtbot: QtBot, services: Services) -> dict[str, str]:
    """What the sidebar, the menus and the Today page say, keyed by where it is shown."""
    from kith.ui.shell.app import build_main_window

    win: MainWindow = build_main_window(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.loaded and not win.today.loading)
    found = {f"sidebar {i}": win.sidebar.item(i).text() for i in range(win.sidebar.count())}
    for m, menu_action in enumerate(win.menuBar().actions()):
        found[f"menu {m}"] = menu_action.text()
        menu = menu_action.menu()
        assert menu is not None
        for a, action in enumerate(menu.actions()):
            if not action.isSeparator():
                found[f"menu {m} item {a}"] = action.text()
    today = win.today
    for name in ("due", "groups", "meetups", "dates", "follow_ups"):
        found[f"today {name}"] = getattr(today, f"{name}_section").title.text()
    found["today greeting"] = today.greeting.text()
    win.close()
    return found


@pytest.mark.usefixtures("people")
def test_sidebar_menus_and_today_are_in_indonesian(
    request: pytest.FixtureRequest, qtbot: QtBot, services: Services
) -> None:
    english = _texts(qtbot, services)
    request.getfixturevalue("indonesian")
    indonesian = _texts(qtbot, services)

    assert indonesian.keys() == english.keys()
    same = {where: text for where, text in indonesian.items() if text == english[where]}
    assert not same, f"still in English: {same}"
    assert indonesian["sidebar 0"] == "Hari ini"
    assert indonesian["today due"] == "Layak ditemui langsung"
    # The date in the heading comes from QLocale: Sunday 22 November 2026 in Indonesian.
    assert "Minggu" in indonesian["today greeting"]
    assert "Sunday" in english["today greeting"]
