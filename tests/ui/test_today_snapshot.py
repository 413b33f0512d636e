"""Today painted from its snapshot before the database opens: exactly what the live read
shows when nothing changed, and never a stale, foreign, other-version or broken one."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import DateKind, Mode
from kith.services.app import Services
from kith.services.settings import LAST_CHECK
from kith.services.today import DUE_ROWS
from kith.services.views import MeetupInput, PersonInput
from kith.ui.shell.main_window import MainWindow
from kith.ui.shell.places import index_of
from kith.ui.today import snapshot as snapshots
from kith.ui.today.snapshot import (
    SnapshotKey,
    TodaySnapshot,
    key_for,
    read_snapshot,
    snapshot_path,
)
from kith.ui.today.words import today_words
from tests.ui.conftest import shown_window, today_is_read


def _key_now(services: Services) -> SnapshotKey:
    return key_for(services.ctx.db.path, services.ctx.today(), QLocale().name())


@pytest.fixture
def planned(services: Services, people: dict[str, int]) -> dict[str, int]:
    """The small circle, with a meetup with Dana soon (her follow-up is then worth
    remembering) and Eli's birthday: every section of Today has something to show."""
    today = services.ctx.today()
    services.meetups.plan(
        MeetupInput(
            "Board games",
            person_ids=(people["Dana"],),
            starts_at=datetime.combine(today + timedelta(days=3), time(19, 0)),
        )
    )
    soon = today + timedelta(days=5)
    services.people.add_date(people["Eli"], DateKind.BIRTHDAY, soon.month, soon.day, 1990)
    return people


@pytest.fixture
def shown_today(qtbot: QtBot, services: Services, planned: dict[str, int]) -> TodaySnapshot:
    """Today as the live window showed it (which wrote the snapshot)."""
    with shown_window(qtbot, services) as win:
        shown = win.today.shown()
        qtbot.waitUntil(lambda: read_snapshot(services.ctx.db.path, _key_now(services)) == shown)
        win.today.keeper.close_with(lambda: None)  # no write to the snapshot left running
        return shown


def _wait_kept(qtbot: QtBot, services: Services) -> TodaySnapshot:
    """The snapshot beside the database, once it is current (written off the GUI thread)."""
    found: list[TodaySnapshot] = []

    def current() -> bool:
        known = read_snapshot(services.ctx.db.path, _key_now(services))
        found[:] = [] if known is None else [known]
        return bool(found)

    qtbot.waitUntil(current, timeout=10_000)
    return found[0]


def _sign(row: Any) -> QImage:
    """The state's sign on a row's stripe, as drawn."""
    return row.stripe.grab(row.stripe.mark_rect().toAlignedRect()).toImage()  # type: ignore[no-any-return]


def _sections(page: object) -> dict[str, bool]:
    """Which parts of a Today page (live or painted from its snapshot) are on show."""
    names = {
        "groups_section": "groups_section",
        "meetups_section": "meetups_section",
        "dates_section": "dates_section",
        "follow_ups_section": "follow_ups_section",
        "more": "more_button" if hasattr(page, "more_button") else "more",
        "unsorted": "sort_button" if hasattr(page, "sort_button") else "unsorted",
    }
    return {shown: getattr(page, attribute).isVisibleTo(page) for shown, attribute in names.items()}


def test_first_painted_today_is_the_live_today_when_nothing_changed(
    qtbot: QtBot, services: Services, shown_today: TodaySnapshot
) -> None:
    assert [row.name for row in shown_today.rows] == ["Chloé Martin", "Ana Silva", "Ben Okafor"]
    # Every section has something to say, so the comparison below covers all of them.
    assert shown_today.together and "climbing" in shown_today.together[0]
    assert shown_today.meetups and shown_today.dates and shown_today.follow_ups
    assert {row.state for row in shown_today.rows} == {"never-met", "overdue", "due"}
    known = read_snapshot(services.ctx.db.path, _key_now(services))
    assert known == shown_today

    # The next start: the frame paints the snapshot before any services exist...
    frame = MainWindow(None)
    qtbot.addWidget(frame)
    frame.show_known_today(known)
    frame.show()
    qtbot.waitExposed(frame)
    assert frame.known_today is not None
    assert frame.stack.currentWidget() is frame.known_today
    first = frame.known_today.shown()  # type: ignore[attr-defined]
    assert first == shown_today
    assert frame.current_place() == "today"
    painted = frame.known_today
    sections = _sections(painted)
    today_item = frame.sidebar.item(index_of("today"))
    assert today_item.isSelected()  # as in the live window: the sidebar does not change
    stripes = [row.stripe.palette().window().color() for row in painted.rows]  # type: ignore[attr-defined]
    signs = [_sign(row) for row in painted.rows]  # type: ignore[attr-defined]

    # ...then the live read replaces it, with the same words, and the actions work again.
    frame.attach(services)
    qtbot.waitUntil(lambda: frame.known_today is None and today_is_read(frame))
    assert frame.stack.currentWidget() is frame.today_place
    assert frame.today.shown() == first
    assert _sections(frame.today) == sections
    assert today_item.isSelected()
    assert sections["groups_section"] and sections["follow_ups_section"]
    assert [row.stripe.palette().window().color() for row in frame.today.due_rows] == stripes
    assert [_sign(row) for row in frame.today.due_rows] == signs
    assert all(row.saw_button.isEnabled() for row in frame.today.due_rows)
    frame.close()


def test_snapshot_rows_cannot_be_acted_on(qtbot: QtBot, shown_today: TodaySnapshot) -> None:
    from PySide6.QtWidgets import QAbstractButton

    frame = MainWindow(None)
    qtbot.addWidget(frame)
    frame.show_known_today(shown_today)
    assert frame.known_today is not None
    buttons = frame.known_today.findChildren(QAbstractButton)
    assert buttons and not any(button.isEnabled() for button in buttons)


def test_a_change_after_the_snapshot_makes_it_stale(
    services: Services, people: dict[str, int], shown_today: TodaySnapshot
) -> None:
    services.interactions.log([people["Ana"]], Mode.IN_PERSON, services.ctx.today())
    assert read_snapshot(services.ctx.db.path, _key_now(services)) is None


def test_another_database_version_language_or_day_is_not_current(
    services: Services, shown_today: TodaySnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = services.ctx.db.path
    key = _key_now(services)
    assert read_snapshot(database, key) is not None
    # A snapshot copied beside another database names the one it was made from.
    other = database.with_name("other.sqlite3")
    other.write_bytes(database.read_bytes())
    snapshot_path(other).write_bytes(snapshot_path(database).read_bytes())
    assert read_snapshot(other, key_for(other, services.ctx.today(), key.language)) is None
    assert read_snapshot(database, replace(key, language="id_ID")) is None
    assert read_snapshot(database, replace(key, day="2026-11-23")) is None
    monkeypatch.setattr(snapshots, "__version__", "0.0.0-other")
    assert read_snapshot(database, _key_now(services)) is None


@pytest.mark.parametrize(
    "broken",
    [
        b"",
        b"{not json",
        b'{"format": 1, "key": {}, "today": {}}',
        b"[1, 2, 3]",
        "\u00e9".encode("latin-1"),
    ],
)
def test_a_broken_snapshot_is_ignored(
    services: Services, shown_today: TodaySnapshot, broken: bytes
) -> None:
    snapshot_path(services.ctx.db.path).write_bytes(broken)
    assert read_snapshot(services.ctx.db.path, _key_now(services)) is None


def test_a_snapshot_with_the_right_key_but_wrong_shape_is_ignored(
    services: Services, shown_today: TodaySnapshot
) -> None:
    path = snapshot_path(services.ctx.db.path)
    record = json.loads(path.read_text(encoding="utf-8"))
    record["today"]["rows"] = [{"name": 7, "about": "", "words": ""}]
    path.write_text(json.dumps(record), encoding="utf-8")
    assert read_snapshot(services.ctx.db.path, _key_now(services)) is None


def test_the_snapshot_is_private(services: Services, shown_today: TodaySnapshot) -> None:
    assert snapshot_path(services.ctx.db.path).stat().st_mode & 0o077 == 0


def test_the_snapshot_written_as_the_database_closes_is_current(
    qtbot: QtBot, empty_db: Path, clock: FixedClock
) -> None:
    services = open_services(empty_db, clock)
    ana = services.people.add(PersonInput(name="Ana Silva", rhythm_days=7)).id
    with shown_window(qtbot, services) as win:
        # A write Today does not read moves the files; one it does read changes Today.
        services.settings.set(LAST_CHECK, clock.now())
        services.interactions.log([ana], Mode.IN_PERSON, clock.now().date())
        expected = today_words(services.today.view(due_rows=DUE_ROWS))
        win.today.keeper.close_with(services.close)
    key = key_for(empty_db, clock.now().astimezone(clock.zone()).date(), QLocale().name())
    assert read_snapshot(empty_db, key) == expected


def test_a_write_from_elsewhere_while_open_is_in_the_snapshot_written_at_close(
    qtbot: QtBot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    with shown_window(qtbot, services) as win:
        first = win.today.shown()
        # Another Kith process (the command line) logs a meeting with the first person due.
        elsewhere = open_services(services.ctx.db.path, clock)
        try:
            elsewhere.interactions.log([people["Chloé"]], Mode.IN_PERSON, clock.now().date())
        finally:
            elsewhere.close()
        win.today.keeper.close_with(lambda: None)
    known = read_snapshot(services.ctx.db.path, _key_now(services))
    assert known is not None and known != first
    assert "Chloé Martin" not in [row.name for row in known.rows]


def test_a_change_away_from_today_keeps_the_snapshot_current_without_closing(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    """After a crash the next start still paints Today as the last change left it."""
    with shown_window(qtbot, services) as win:
        win.show_place("people")
        assert not win.today.isVisible()
        services.interactions.log([people["Ana"]], Mode.IN_PERSON, services.ctx.today())
        assert read_snapshot(services.ctx.db.path, _key_now(services)) is None  # not yet
        known = _wait_kept(qtbot, services)
        assert known == today_words(services.today.view(due_rows=DUE_ROWS))
        assert "Ana Silva" not in [row.name for row in known.rows]
        # Nothing is closed: the window, and the process, could end here.
        qtbot.waitUntil(lambda: not win.today.keeper.pending)


def test_the_snapshot_follows_the_reminder_loops_own_notes(
    qtbot: QtBot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    with shown_window(qtbot, services) as win:
        _wait_kept(qtbot, services)
        services.settings.set(LAST_CHECK, clock.now())  # as a reminder check does
        win.today.keeper.schedule()  # the loop's tick asks for this
        assert _wait_kept(qtbot, services) == win.today.shown()
        qtbot.waitUntil(lambda: not win.today.keeper.pending)


@pytest.mark.parametrize(("width", "stacked"), [(1024, True), (1600, False)])
def test_the_first_paint_is_laid_out_as_the_live_today(
    qtbot: QtBot, services: Services, shown_today: TodaySnapshot, width: int, stacked: bool
) -> None:
    """A small window stacks the right-hand column below the list in the snapshot too, so
    nothing moves when the live read replaces it."""
    frame = MainWindow(None)
    qtbot.addWidget(frame)
    frame.show_known_today(shown_today)
    frame.resize(width, 700)
    frame.show()
    qtbot.waitExposed(frame)
    known = frame.known_today
    assert known is not None
    qtbot.waitUntil(lambda: known.stacked == stacked)  # type: ignore[attr-defined]
    frame.attach(services)
    qtbot.waitUntil(lambda: frame.known_today is None and today_is_read(frame))
    assert frame.today.stacked == stacked
    frame.close()
