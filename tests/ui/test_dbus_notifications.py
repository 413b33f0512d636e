"""Reminders as desktop notifications over a private D-Bus, acted on with the window hidden."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kith.clock import FixedClock
from kith.domain.values import DateKind, MeetupStatus, Mode
from kith.services.app import Services
from kith.services.views import MeetupInput
from kith.system.autostart import XdgAutostart
from kith.ui.reminders.dbus_notifier import DBusNotifier
from kith.ui.reminders.wiring import ReminderWiring, attach_reminders
from kith.ui.shell.main_window import MainWindow
from tests.ui.conftest import NoDesktop
from tests.ui.dbus_session import NotificationService, notification_service

TOMORROW_09 = datetime(2026, 11, 23, 9, 0, 30)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[NotificationService]:
    with notification_service(tmp_path) as running:
        yield running


def wire(window: MainWindow, address: str, tmp_path: Path) -> ReminderWiring:
    return attach_reminders(
        window,
        window.services,
        available=lambda: False,  # no tray: only the desktop's service can show it
        desktop=NoDesktop(),
        dbus=DBusNotifier(address, parent=window),
        autostart=XdgAutostart(["kith"], tmp_path / "config"),
        start=False,
    )


def tick(qtbot: QtBot, wiring: ReminderWiring) -> None:
    with qtbot.waitSignal(wiring.loop.ticked, timeout=5000):
        wiring.loop.tick()


def reminders_of_tomorrow(
    qtbot: QtBot,
    window: MainWindow,
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> tuple[ReminderWiring, list[dict[str, Any]]]:
    """The first check marks the start; the next morning's brings the digest and notices."""
    wiring = wire(window, service.address, tmp_path)
    tick(qtbot, wiring)
    clock.set(TOMORROW_09)
    tick(qtbot, wiring)
    qtbot.waitUntil(lambda: any("to see" in c["summary"] for c in service.calls()), timeout=5000)
    return wiring, service.calls()


def by_title(calls: list[dict[str, Any]], words: str) -> dict[str, Any]:
    found = [c for c in calls if words in c["summary"]]
    assert found, f"no notification titled like {words!r} in {[c['summary'] for c in calls]}"
    return found[-1]


def pairs(call: dict[str, Any]) -> list[tuple[str, str]]:
    actions = call["actions"]
    return list(zip(actions[::2], actions[1::2], strict=True))


def acted(qtbot: QtBot, service: NotificationService, shown: int, key: str, done: Any) -> None:
    service.click(shown, key)
    qtbot.waitUntil(done, timeout=5000)


def test_digest_birthday_and_alarm_carry_their_actions_icon_and_desktop_entry(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    svc: Services = window.services
    svc.people.add_date(people["Dana"], DateKind.BIRTHDAY, 11, 23)
    meetup = svc.meetups.plan(
        MeetupInput(
            "Climbing",
            person_ids=(people["Ben"],),
            starts_at=datetime(2026, 11, 23, 10, 0),
            alarm_minutes=30,
        )
    )
    wiring, calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    digest = by_title(calls, "to see in person")
    first = svc.reminders.people_to_see()[0]
    # "Open" is also what clicking the bubble does: listed once, as the default action.
    assert pairs(digest) == [
        (f"saw:{first.id}", f"Saw {first.name}"),
        (f"snooze:{first.id}", "Snooze a week"),
        ("default", "Open"),
    ]
    assert digest["hints"]["urgency"] == 0  # low: the digest is the calm one
    birthday = by_title(calls, "birthday")
    assert pairs(birthday) == [("default", "Open"), ("plan:" + str(people["Dana"]), "Plan…")]
    assert birthday["hints"]["urgency"] == 1
    clock.set(datetime(2026, 11, 23, 9, 31))
    tick(qtbot, wiring)
    qtbot.waitUntil(lambda: any(c["summary"] == "Climbing" for c in service.calls()))
    alarm = by_title(service.calls(), "Climbing")
    # Before its start there is nothing to mark done yet.
    assert pairs(alarm) == [("default", "Open")]
    window.hide()
    acted(qtbot, service, alarm["id"], "default", window.isVisible)  # the click opens it
    assert window.current_place() == "plans"
    selected = window.plans.selected_meetup()
    assert selected is not None and selected.id == meetup.id
    for call in service.calls():
        assert call["signature"] == "susssasa{sv}i"
        assert call["app_name"] == "Kith"
        assert call["app_icon"] == "org.kith.Kith"
        assert call["hints"]["desktop-entry"] == "org.kith.Kith"
    # The names point at what Kith installs: its desktop file and its icon.
    resources = Path(__file__).parents[2] / "resources"
    assert (resources / "org.kith.Kith.desktop").exists()
    assert (resources / "icons" / "org.kith.Kith.svg").exists()


def test_saw_from_the_digest_logs_that_one_meeting_with_the_window_hidden(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    svc = window.services
    _wiring, calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    window.hide()
    digest = by_title(calls, "to see in person")
    first = svc.reminders.people_to_see()[0]
    before = len(svc.interactions.recent(1000))
    acted(
        qtbot,
        service,
        digest["id"],
        f"saw:{first.id}",
        lambda: svc.people.summary(first.id).last_in_person == svc.ctx.today(),
    )
    logged = [i for i in svc.interactions.recent(person_id=first.id) if i.on == svc.ctx.today()]
    assert len(logged) == 1
    assert logged[0].mode == Mode.IN_PERSON
    assert [p.id for p in logged[0].people] == [first.id]
    assert len(svc.interactions.recent(1000)) == before + 1  # that one, nothing else
    assert not window.isVisible()  # acting does not pull the window forward
    assert window.undo.next_undo is not None
    assert first.name in window.undo.next_undo.description
    window.undo.undo()  # the window's Ctrl+Z takes it back
    assert svc.people.summary(first.id).last_in_person != svc.ctx.today()


def test_snooze_a_week_from_the_digest_snoozes_with_the_window_hidden(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    svc = window.services
    _wiring, calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    window.hide()
    digest = by_title(calls, "to see in person")
    first = svc.reminders.people_to_see()[0]
    acted(
        qtbot,
        service,
        digest["id"],
        f"snooze:{first.id}",
        lambda: svc.people.summary(first.id).snoozed_until is not None,
    )
    assert svc.people.summary(first.id).snoozed_until == svc.ctx.today() + timedelta(days=7)
    assert first.id not in [p.id for p in svc.reminders.people_to_see()]
    assert not window.isVisible()


def test_clicking_the_digest_opens_today_and_a_new_digest_replaces_it(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    wiring, calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    digest = by_title(calls, "to see in person")
    window.show_place("people")
    window.hide()
    acted(qtbot, service, digest["id"], "default", window.isVisible)
    assert window.current_place() == "today"
    clock.set(datetime(2026, 11, 24, 9, 0, 30))
    tick(qtbot, wiring)
    qtbot.waitUntil(lambda: len([c for c in service.calls() if "to see" in c["summary"]]) == 2)
    second = [c for c in service.calls() if "to see" in c["summary"]][-1]
    assert second["replaces_id"] == digest["id"]
    # Once the user closed it, the next digest is a new notification, replacing nothing.
    service.dismiss(second["id"])
    dbus = wiring.dbus
    assert dbus is not None
    qtbot.waitUntil(lambda: second["id"] not in dbus.shown)
    clock.set(datetime(2026, 11, 25, 9, 0, 30))
    tick(qtbot, wiring)
    qtbot.waitUntil(lambda: len([c for c in service.calls() if "to see" in c["summary"]]) == 3)
    third = [c for c in service.calls() if "to see" in c["summary"]][-1]
    assert third["replaces_id"] == 0


def test_an_action_on_someone_archived_since_changes_nothing_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    svc = window.services
    _wiring, calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    window.hide()
    digest = by_title(calls, "to see in person")
    first = svc.reminders.people_to_see()[0]
    svc.people.archive(first.id)
    seen_before = svc.people.summary(first.id).last_in_person
    acted(
        qtbot,
        service,
        digest["id"],
        f"saw:{first.id}",
        lambda: any("archived" in c["body"] for c in service.calls()),
    )
    told = [c for c in service.calls() if "archived" in c["body"]][-1]
    assert told["body"] == f"{first.name} is archived, so nothing was logged."
    assert told["actions"] == []
    assert svc.people.summary(first.id).last_in_person == seen_before


def test_without_the_actions_capability_the_notification_is_plain_text(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], tmp_path: Path, clock: FixedClock
) -> None:
    with notification_service(tmp_path, actions=False) as plain:
        _wiring, calls = reminders_of_tomorrow(qtbot, window, plain, tmp_path, clock)
        digest = by_title(calls, "to see in person")
        assert digest["actions"] == []
        names = [p.name for p in window.services.reminders.people_to_see()]
        assert digest["body"].startswith("Time to see ")
        assert all(name in digest["body"] for name in names)
        assert digest["hints"]["desktop-entry"] == "org.kith.Kith"


def test_an_alarm_after_the_meetup_began_offers_mark_done_which_logs_it_once(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    svc = window.services
    # An all-day meetup's alarm rings at digest time on its day: it has begun by then.
    meetup = svc.meetups.plan(
        MeetupInput(
            "Picnic", person_ids=(people["Eli"],), on_day=date(2026, 11, 23), duration_minutes=None
        )
    )
    _wiring, _calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    qtbot.waitUntil(lambda: any(c["summary"] == "Picnic" for c in service.calls()))
    alarm = by_title(service.calls(), "Picnic")
    assert pairs(alarm) == [("default", "Open"), (f"done:{meetup.id}", "Mark done")]
    window.hide()
    acted(
        qtbot,
        service,
        alarm["id"],
        f"done:{meetup.id}",
        lambda: svc.meetups.get(meetup.id).status == MeetupStatus.DONE,
    )
    logged = [i for i in svc.interactions.recent(person_id=people["Eli"]) if i.meetup_id]
    assert [(i.meetup_id, i.mode) for i in logged] == [(meetup.id, Mode.IN_PERSON)]
    assert window.undo.next_undo is not None
    assert "Picnic" in window.undo.next_undo.description
    # A second press (the bubble still on screen) changes nothing and says so.
    acted(
        qtbot,
        service,
        alarm["id"],
        f"done:{meetup.id}",
        lambda: any("already done" in c["body"] for c in service.calls()),
    )
    logged = [i for i in svc.interactions.recent(person_id=people["Eli"]) if i.meetup_id]
    assert len(logged) == 1


def test_kith_remind_test_sends_a_digest_like_notification_with_its_actions(
    people: dict[str, int],
    services: Services,
    service: NotificationService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    from kith.cli.main import main

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
    first = services.reminders.people_to_see()[0]
    db = services.ctx.db.path
    assert main(["--db", str(db), "remind", "--test"], clock=clock) == 0
    assert "kith-test-server" in capsys.readouterr().out
    (sent,) = service.calls()
    assert sent["summary"] == "Kith is working"
    assert pairs(sent) == [
        (f"saw:{first.id}", f"Saw {first.name}"),
        (f"snooze:{first.id}", "Snooze a week"),
        ("default", "Open"),
    ]
    assert sent["app_icon"] == "org.kith.Kith"
    assert sent["hints"]["desktop-entry"] == "org.kith.Kith"


def test_plan_from_a_birthday_opens_a_new_meetup_with_that_person(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    from kith.ui.dialogs.meetup import MeetupDialog

    window.services.people.add_date(people["Dana"], DateKind.BIRTHDAY, 11, 23)
    _wiring, _calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    qtbot.waitUntil(lambda: any("birthday" in c["summary"] for c in service.calls()))
    birthday = by_title(service.calls(), "birthday")
    window.hide()
    acted(
        qtbot,
        service,
        birthday["id"],
        f"plan:{people['Dana']}",
        lambda: any(d.isVisible() for d in window.findChildren(MeetupDialog)),
    )
    assert window.isVisible()
    assert window.current_place() == "plans"
    (dialog,) = [d for d in window.findChildren(MeetupDialog) if d.isVisible()]
    assert dialog.meetup_input().person_ids == (people["Dana"],)
    dialog.reject()


def test_saw_someone_already_logged_today_logs_nothing_more_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    service: NotificationService,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    svc = window.services
    _wiring, calls = reminders_of_tomorrow(qtbot, window, service, tmp_path, clock)
    digest = by_title(calls, "to see in person")
    first = svc.reminders.people_to_see()[0]
    svc.interactions.log([first.id], Mode.IN_PERSON)  # logged in the window meanwhile
    count = len(svc.interactions.recent(1000))
    window.hide()
    acted(
        qtbot,
        service,
        digest["id"],
        f"saw:{first.id}",
        lambda: any("already logged" in c["body"] for c in service.calls()),
    )
    assert len(svc.interactions.recent(1000)) == count
