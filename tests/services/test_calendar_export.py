"""Exporting meetups from the database: selection, stable UIDs, rising SEQUENCE, live file."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from kith.cli.main import main
from kith.domain.errors import ValidationError
from kith.domain.values import ContactKind, MeetupStatus
from kith.services.app import Services
from kith.services.calendar_export import CalendarSelection
from kith.services.live_calendar import FILE_NAME, attach_live_calendar
from kith.services.views import ContactView, MeetupInput, PersonInput


def events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


@pytest.fixture
def ana(services: Services) -> int:
    services.profile.set_interests(["climbing", "chess"])
    return services.people.add(
        PersonInput(
            "Ana Lima",
            interests=("climbing", "knitting"),
            birthday=(None, 4, 15),
            contacts=(ContactView(ContactKind.EMAIL, "ana@example.org"),),
        )
    ).id


@pytest.fixture
def ben(services: Services) -> int:
    return services.people.add(PersonInput("Ben Okafor")).id


def plan(
    services: Services, title: str, when: datetime | date, people: tuple[int, ...], **extra: object
) -> int:
    timed = isinstance(when, datetime)
    return services.meetups.plan(
        MeetupInput(
            title=title,
            person_ids=people,
            starts_at=when if timed else None,  # type: ignore[arg-type]
            on_day=None if timed else when,  # type: ignore[arg-type]
            duration_minutes=120 if timed else 24 * 60,
            **extra,
        )
    ).id  # type: ignore[arg-type]


def test_upcoming_export_has_planned_and_cancelled_but_not_past_or_ideas(
    services: Services, ana: int, ben: int, tmp_path: Path
) -> None:
    plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    gone = plan(services, "Dinner", datetime(2026, 11, 26, 19, 0), (ben,))
    services.meetups.cancel(gone)
    plan(services, "Old", datetime(2026, 11, 1, 19, 0), (ben,))
    services.meetups.plan(MeetupInput("Some idea", person_ids=(ana,)))
    result = services.calendar_export.export(tmp_path / "up.ics")
    found = events(tmp_path / "up.ics")
    assert set(found) == {"Climb", "Dinner"} and result.meetups == 2
    assert str(found["Dinner"]["STATUS"]) == "CANCELLED"
    description = str(found["Climb"]["DESCRIPTION"])
    assert "Ana Lima" in description and "climbing" in description
    assert "knitting" not in description  # not shared with me
    assert "ATTENDEE" not in (tmp_path / "up.ics").read_text()


def test_uid_stays_and_sequence_rises_with_each_change(
    services: Services, ana: int, tmp_path: Path
) -> None:
    mid = plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    out = tmp_path / "one.ics"
    services.calendar_export.export_meetups(out, [mid])
    first = events(out)["Climb"]
    services.meetups.update(
        mid, MeetupInput("Climb", person_ids=(ana,), starts_at=datetime(2026, 11, 25, 19, 0))
    )
    services.calendar_export.export_meetups(out, [mid])
    second = events(out)["Climb"]
    services.meetups.cancel(mid)
    services.calendar_export.export_meetups(out, [mid])
    third = events(out)["Climb"]
    assert str(first["UID"]) == str(second["UID"]) == str(third["UID"])
    assert [int(e["SEQUENCE"]) for e in (first, second, third)] == [0, 1, 2]
    assert str(third["STATUS"]) == "CANCELLED"


def test_date_range_and_person_selection(
    services: Services, ana: int, ben: int, tmp_path: Path
) -> None:
    plan(services, "A", datetime(2026, 12, 1, 18, 0), (ana,))
    plan(services, "B", datetime(2026, 12, 10, 18, 0), (ben,))
    plan(services, "C", date(2026, 12, 20), (ana, ben))
    out = tmp_path / "x.ics"
    services.calendar_export.export(
        out, CalendarSelection(start=date(2026, 12, 5), end=date(2026, 12, 31))
    )
    assert set(events(out)) == {"B", "C"}
    services.calendar_export.export(out, CalendarSelection(person_id=ana, include_dates=True))
    assert set(events(out)) == {"A", "C", "Ana Lima’s birthday"}


def test_attendees_only_when_asked(services: Services, ana: int, tmp_path: Path) -> None:
    plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    out = tmp_path / "a.ics"
    services.calendar_export.export(out, CalendarSelection(with_attendees=True))
    assert "mailto:ana@example.org" in str(events(out)["Climb"]["ATTENDEE"])


def test_nothing_to_export_is_said_and_no_file_is_written(
    services: Services, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="no meetups"):
        services.calendar_export.export(tmp_path / "none.ics")
    assert not (tmp_path / "none.ics").exists()


def test_an_undated_idea_cannot_be_exported(services: Services, ana: int, tmp_path: Path) -> None:
    idea = services.meetups.plan(MeetupInput("Someday", person_ids=(ana,))).id
    with pytest.raises(ValidationError, match="no day yet"):
        services.calendar_export.export_meetups(tmp_path / "i.ics", [idea])


def test_live_calendar_file_follows_every_change(
    services: Services, ana: int, tmp_path: Path
) -> None:
    folder = tmp_path / "Calendars"
    handle = attach_live_calendar(services)
    target = services.live_calendar.set_folder(folder)
    assert target == folder / FILE_NAME and target.exists()
    assert events(target) == {}
    mid = plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    assert set(events(target)) == {"Climb"}
    services.meetups.update(
        mid,
        MeetupInput("Climb and eat", person_ids=(ana,), starts_at=datetime(2026, 11, 25, 18, 0)),
    )
    assert set(events(target)) == {"Climb and eat"}
    assert int(events(target)["Climb and eat"]["SEQUENCE"]) == 1
    services.people.update(ana, PersonInput("Ana Maria Lima"))
    assert "Ana Maria Lima" in str(events(target)["Climb and eat"]["DESCRIPTION"])
    services.meetups.cancel(mid)
    assert events(target) == {}
    assert not [p for p in folder.iterdir() if p.name != FILE_NAME]  # no temp files left
    handle.detach()
    plan(services, "After", datetime(2026, 11, 27, 18, 0), (ana,))
    assert events(target) == {}


def test_live_calendar_turned_off_stops_updating(
    services: Services, ana: int, tmp_path: Path
) -> None:
    handle = attach_live_calendar(services)
    target = services.live_calendar.set_folder(tmp_path)
    assert target is not None
    services.live_calendar.set_folder(None)
    plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    assert events(target) == {} and services.live_calendar.file_path() is None
    handle.detach()


def test_unwritable_live_folder_never_blocks_a_change(
    services: Services, ana: int, tmp_path: Path
) -> None:
    folder = tmp_path / "cal"
    handle = attach_live_calendar(services)
    services.live_calendar.set_folder(folder)
    (folder / FILE_NAME).unlink()
    folder.rmdir()
    folder.write_text("now a file")  # the folder is gone: writing must fail quietly
    plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    assert services.meetups.list()[0].title == "Climb"
    assert handle.last_error is not None and "live calendar" in handle.last_error
    handle.detach()


def test_cli_export_ics(
    services: Services, ana: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan(services, "Climb", datetime(2026, 11, 25, 18, 0), (ana,))
    plan(services, "Later", datetime(2027, 2, 1, 18, 0), (ana,), status=MeetupStatus.PLANNED)
    out = tmp_path / "cli.ics"
    # The CLI uses the real clock; a date range keeps this test independent of today.
    code = main(
        [
            "--db",
            str(db_path),
            "export-ics",
            str(out),
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
            "--person",
            "Ana",
        ]
    )
    assert code == 0
    assert set(events(out)) == {"Climb"}
    assert "Wrote 1 meetup to" in capsys.readouterr().out
    assert main(["--db", str(db_path), "export-ics", str(out), "--from", "2026-02-30"]) == 1
    assert "2026-02-30 is not a date" in capsys.readouterr().err


def test_meetup_timeline_offsets_are_kept_in_export(
    services: Services, ana: int, tmp_path: Path
) -> None:
    plan(services, "Berlin", datetime(2045, 7, 1, 18, 0), (ana,), tzid="Europe/Berlin")
    out = tmp_path / "far.ics"
    services.calendar_export.export(out, CalendarSelection(person_id=ana))
    start = events(out)["Berlin"]["DTSTART"].dt
    assert start.utcoffset() == timedelta(hours=2)
    assert "TZID=Europe/Berlin:20450701T180000" in out.read_text()
