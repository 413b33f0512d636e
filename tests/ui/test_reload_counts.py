"""One user action reloads every visible view at most once, and each hidden one once when shown.

The counts are of the real reloads of each place in the real main window (and of the
tray's due menu), offscreen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.services.changes import Change
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.shell.changes import RefreshWhenVisible
from kith.ui.shell.main_window import MainWindow
from kith.ui.shell.tray import REFRESH_DELAY_MS
from tests.ui.conftest import today_is_read, wired_reminders
from tests.ui.plans_support import answer_next_box, plan

PLACES = ("today", "people", "person", "plans", "map")


class Reloads(QObject):
    """Counts each view's reloads from the moment it is reset."""

    def __init__(self, window: MainWindow, wiring: ReminderWiring) -> None:
        super().__init__(window)
        self.counts: dict[str, int] = {}
        refreshers: dict[str, RefreshWhenVisible] = {
            "today": window.today.refresher,
            "people": window.people.refresher,
            "person": window.person.refresher,
            "plans": window.plans.refresher,
            "map": window.map.refresher,
            "tray": wiring.tray.refresher,
        }
        self.refreshers = list(refreshers.values())
        for name, refresher in refreshers.items():
            refresher.reloaded.connect(lambda name=name: self._count(name))
        self.reset()

    def _count(self, name: str) -> None:
        self.counts[name] += 1

    def reset(self) -> None:
        self.counts = dict.fromkeys((*PLACES, "tray"), 0)


@pytest.fixture
def wired(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, people: dict[str, int]
) -> Iterator[tuple[MainWindow, Reloads]]:
    with wired_reminders(window, tmp_path / "config") as wiring:
        plan(
            window.services,
            "Dinner",
            (people["Ana"], people["Ben"]),
            at=datetime(2026, 11, 22, 11, 0),
        )
        # Every place built and shown once, so each one listens from here on.
        window.open_person(people["Ana"])
        for place in PLACES:
            if place != "person":
                window.show_place(place)
        reloads = Reloads(window, wiring)
        _settle(qtbot, window, reloads)
        yield window, reloads


def _settle(qtbot: QtBot, window: MainWindow, reloads: Reloads) -> None:
    """Until no refresh waits any more (the tray's gathered one included) and reads are in."""
    qtbot.wait(10)
    qtbot.waitUntil(
        lambda: (
            not any(r.pending for r in reloads.refreshers)
            and not window.today.loading
            and not window.people_cache.busy
        ),
        timeout=REFRESH_DELAY_MS * 10,
    )
    qtbot.wait(10)


def _each_hidden_place_reloads_once_when_shown(
    qtbot: QtBot, window: MainWindow, reloads: Reloads, acted_on: str
) -> None:
    for place in PLACES:
        if place == acted_on:
            continue
        reloads.reset()
        window.show_place(place)
        _settle(qtbot, window, reloads)
        assert reloads.counts[place] == 1, (place, reloads.counts)
        # Shown again with nothing new: no reload.
        window.show_place(acted_on)
        reloads.reset()
        window.show_place(place)
        _settle(qtbot, window, reloads)
        assert reloads.counts[place] == 0, (place, reloads.counts)


def test_mark_done_on_plans_reloads_each_view_at_most_once(
    qtbot: QtBot, wired: tuple[MainWindow, Reloads]
) -> None:
    window, reloads = wired
    window.show_place("plans")
    _settle(qtbot, window, reloads)
    meetup = next(m for m in window.services.meetups.list() if m.title == "Dinner")
    assert window.plans.select_meetup(meetup.id)
    seen: list[Change] = []
    window.changes.changed.connect(seen.append)
    reloads.reset()

    answer_next_box("Mark done")
    window.plans.done_action.trigger()
    _settle(qtbot, window, reloads)

    assert reloads.counts == {
        "today": 0,
        "people": 0,
        "person": 0,
        "plans": 1,
        "map": 0,
        "tray": 1,
    }
    # One change, naming the meetup, its people and the meeting it logged, and who asked.
    assert len(seen) == 1 and seen[0].meetups == {meetup.id}
    assert seen[0].people == {p.id for p in meetup.people} and len(seen[0].interactions) == 1
    assert seen[0].origin is window.plans
    _each_hidden_place_reloads_once_when_shown(qtbot, window, reloads, "plans")


def test_saw_them_today_on_today_reloads_each_view_at_most_once(
    qtbot: QtBot, wired: tuple[MainWindow, Reloads], services: Services
) -> None:
    window, reloads = wired
    # The person page shows whoever is seen, so the write concerns it too.
    seen_id = services.tending.due().people[0].id
    window.open_person(seen_id)
    window.show_place("today")
    qtbot.waitUntil(lambda: today_is_read(window) and bool(window.today.due_rows))
    _settle(qtbot, window, reloads)
    row = window.today.due_rows[0]
    assert row.person.id == seen_id
    window.today.settle.setInterval(50)
    qtbot.mouseMove(window.sidebar)  # the marked row lets go once the pointer is off the list
    reloads.reset()

    row.saw_button.click()
    assert reloads.counts["today"] == 0  # the row stays put, marked, for a moment
    qtbot.waitUntil(lambda: not window.today.holding())
    _settle(qtbot, window, reloads)

    assert reloads.counts == {
        "today": 1,
        "people": 0,
        "person": 0,
        "plans": 0,
        "map": 0,
        "tray": 1,
    }
    assert row.person.id not in window.today.due_ids()
    _each_hidden_place_reloads_once_when_shown(qtbot, window, reloads, "today")


def test_a_person_edit_reloads_each_view_at_most_once(
    qtbot: QtBot, wired: tuple[MainWindow, Reloads], people: dict[str, int]
) -> None:
    window, reloads = wired
    window.open_person(people["Ana"])
    _settle(qtbot, window, reloads)
    reloads.reset()

    dialog = window.person_actions.edit_person(people["Ana"])
    dialog.name.setText("Ana Sari")
    dialog.nickname.setText("Nana")
    dialog.accept()
    _settle(qtbot, window, reloads)

    assert reloads.counts == {
        "today": 0,
        "people": 0,
        "person": 1,
        "plans": 0,
        "map": 0,
        "tray": 1,
    }
    assert "Nana" in window.person.name.text()
    assert window.windowTitle().startswith("Ana Sari — ")
    _each_hidden_place_reloads_once_when_shown(qtbot, window, reloads, "person")
