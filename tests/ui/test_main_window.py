from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.shell.app import build_main_window
from kith.ui.shell.main_window import PLACES, MainWindow
from kith.ui.widgets import icons


def test_window_shows_and_is_exposed(window: MainWindow, qtbot: QtBot) -> None:
    assert window.isVisible()
    assert {m.title().replace("&", "") for m in window.menus.values()} == {
        "File",
        "Edit",
        "View",
        "Help",
    }


def test_each_place_has_its_shortcut(window: MainWindow) -> None:
    for number, name in enumerate(PLACES, start=1):
        action = window.place_actions[name]
        assert action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert window.current_place() == name
        assert window.sidebar.currentRow() == number - 1
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.log_action.shortcut().toString() == "Ctrl+L"


def test_sidebar_switches_places(window: MainWindow) -> None:
    window.sidebar.setCurrentRow(1)
    assert window.current_place() == "people"


def test_geometry_splitter_and_place_come_back_next_start(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    first = build_main_window(services)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.loaded)
    first.resize(790, 560)
    first.splitter.setSizes([128, 662])
    first.open_person(people["Ben"])
    first.close()

    second = build_main_window(services)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.loaded)
    assert second.size() == QSize(790, 560)
    assert second.splitter.sizes()[0] == 128
    assert second.current_place() == "person"
    assert second.person.person_id == people["Ben"]
    second.close()


def test_every_icon_renders_crisp_and_follows_the_palette(qapp: object) -> None:
    names = sorted(p.stem for p in (icons.resources_dir() / "icons").glob("*.svg"))
    assert "mode-in-person" in names and "nav-today" in names
    for name in names:
        pixmap = icons.icon(name).pixmap(QSize(32, 32))
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
        painted = sum(
            image.pixelColor(x, y).alpha() > 0 for x in range(0, 32, 2) for y in range(0, 32, 2)
        )
        assert painted > 5, name


def test_window_paints_first_then_loads_the_remembered_place(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    win = build_main_window(services)
    qtbot.addWidget(win)
    assert not win.loaded and win.today.refresher.stale  # nothing loaded before the first paint
    win.show()
    with qtbot.waitSignal(win.today.loaded):
        qtbot.waitUntil(lambda: win.loaded)
    assert win.current_place() == "today"
    assert win.today.due_ids() == [people["Chloé"], people["Ana"], people["Ben"]]


def test_icons_are_found_through_one_locator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert icons.icon_path("nav-today").is_file()
    icons.resources_dir.cache_clear()
    monkeypatch.setenv("KITH_RESOURCES", str(tmp_path))
    try:
        assert icons.icon_path("nav-today") == tmp_path / "icons" / "nav-today.svg"
        assert not icons.icon("no-such-icon").pixmap(16, 16).isNull()  # draws nothing, no crash
    finally:
        icons.resources_dir.cache_clear()


def test_the_frame_shows_before_the_data_and_fills_in_when_attached(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    # On screen with its sidebar and menus, but no place built and nothing read yet.
    assert window.sidebar.count() == len(PLACES)
    assert set(window.menus) == {"file", "edit", "view", "help"}
    assert not window.attached and not window.loaded
    assert not hasattr(window, "today")
    window.attach(services)
    qtbot.waitUntil(lambda: window.loaded)
    assert window.current_place() == "today"
    qtbot.waitUntil(lambda: not window.today.loading)
    assert window.today.due_rows
    window.place_actions["people"].trigger()
    assert window.current_place() == "people"
    window.close()


def test_opening_the_app_imports_neither_the_database_layer_nor_the_pages() -> None:
    """The window's frame must not wait for SQLAlchemy or the pages: a fresh process
    that parses `kith --db PATH` and builds the frame has imported neither."""
    code = (
        "import sys\n"
        "from kith.cli.main import _app_only\n"
        "assert _app_only(['--db', 'x.sqlite3']) is not None\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kith.ui.shell.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "MainWindow(None)\n"
        "heavy = [m for m in ('sqlalchemy', 'kith.services.app', 'kith.ui.today.page',\n"
        "         'kith.ui.people.page', 'icalendar', 'vobject', 'alembic') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_places_not_shown_are_built_when_first_wanted(window: MainWindow) -> None:
    assert window.current_place() == "today"
    assert set(window._built) == {"today"}
    window.place_actions["plans"].trigger()
    assert window.current_place() == "plans"
    assert set(window._built) == {"today", "plans"}
    for number, name in enumerate(PLACES):
        window.show_place(name)
        assert window.stack.currentIndex() == number
        assert window.current_place() == name


def test_the_first_window_fits_a_small_screen(empty_window: MainWindow) -> None:
    # The test screen (800 pixels wide) is smaller than the default size: nothing may
    # start off screen on a small laptop.
    free = empty_window.screen().availableGeometry()
    assert free.width() < 1180
    assert empty_window.width() <= free.width() and empty_window.height() <= free.height()
