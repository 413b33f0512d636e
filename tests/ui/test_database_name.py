"""Two Kiths on two databases tell themselves apart: tray tooltip, tray menu, window title."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.shell import database_name
from kith.ui.shell.database_name import database_label, usual_db_path
from kith.ui.shell.main_window import MainWindow
from tests.conftest import copy_of
from tests.ui.conftest import shown_window, wired_reminders

USUAL = usual_db_path  # the app's own, before this suite points it at each test's database


def test_only_a_database_other_than_the_usual_one_is_named(tmp_path: Path) -> None:
    usual = tmp_path / "data" / "kith.sqlite3"
    assert database_label(usual, usual) is None
    assert database_label(tmp_path / "data" / "." / "kith.sqlite3", usual) is None
    assert database_label(tmp_path / "work.sqlite3", usual) == "work.sqlite3"
    # The usual file name elsewhere: its folder is what tells it apart.
    assert database_label(tmp_path / "club" / "kith.sqlite3", usual) == "club/kith.sqlite3"


@pytest.fixture
def two_kiths(
    qtbot: QtBot,
    migrated_template: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[dict[str, tuple[MainWindow, ReminderWiring]]]:
    """Kith on the usual database and Kith on work.sqlite3 (`--db`), each with its tray."""
    monkeypatch.setattr(database_name, "usual_db_path", USUAL)
    paths = {"usual": USUAL(), "work": tmp_path / "elsewhere" / "work.sqlite3"}
    assert tmp_path in paths["usual"].parents  # the test's own folder, never the user's
    with ExitStack() as stack:
        kiths = {}
        for key, path in paths.items():
            services: Services = open_services(copy_of(migrated_template, path), clock)
            stack.callback(services.close)
            services.people.add(PersonInput(name=f"Someone at {key}"))
            window = stack.enter_context(shown_window(qtbot, services))
            wiring = stack.enter_context(wired_reminders(window, tmp_path / key / "config"))
            kiths[key] = (window, wiring)
        yield kiths


def test_the_tray_and_window_name_a_second_database(
    qtbot: QtBot, two_kiths: dict[str, tuple[MainWindow, ReminderWiring]]
) -> None:
    window, wiring = two_kiths["work"]
    tray = wiring.tray
    tray.refresh()
    assert tray.icon.toolTip().split("\n") == ["Kith — work.sqlite3", "1 person to see"]
    first = tray.menu.actions()[0]
    assert first.text() == "Kith — work.sqlite3" and not first.isEnabled()
    assert first.toolTip().endswith("work.sqlite3")
    assert tray.menu.actions()[1] is tray.open_action
    assert window.windowTitle() == "Today — Kith — work.sqlite3"


def test_the_usual_database_says_plain_kith(
    qtbot: QtBot, two_kiths: dict[str, tuple[MainWindow, ReminderWiring]]
) -> None:
    window, wiring = two_kiths["usual"]
    tray = wiring.tray
    tray.refresh()
    assert tray.icon.toolTip() == "1 person to see"
    assert tray.menu.actions()[0] is tray.open_action
    assert window.windowTitle() == "Today — Kith"
    other = two_kiths["work"][1].tray
    other.refresh()
    assert other.icon.toolTip() != tray.icon.toolTip()
