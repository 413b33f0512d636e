"""Hostile text out through every export and back: not a character lost or changed.

vCards (3.0 and 4.0) are read back by Kith's own importer into an empty database; the
.ics file is parsed by two independent readers (icalendar and vobject); the JSON archive
is restored into an empty database and exported again. Names, nicknames, notes,
addresses, meetup titles, places and notes at their limits come back exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain import validation as v
from kith.domain.values import ContactKind
from kith.services.app import Services
from kith.services.calendar_export import CalendarSelection
from kith.services.views import ContactView, MeetupInput, PersonInput
from tests.reliability.test_hostile_text import HOSTILE

pytestmark = pytest.mark.slow

NOON = datetime(2026, 11, 22, 12)
# At the limits, made of the hostile fragments (limits count code points).
LONG_NAME = "".join(HOSTILE)[: v.MAX_NAME_LENGTH].strip()
LONG_TITLE = ("".join(HOSTILE) * 2)[: v.MAX_TITLE_LENGTH].strip()
LONG_NOTE = ("\n".join(HOSTILE) + "\n") * 400
LONG_NOTE = LONG_NOTE[: v.MAX_NOTE_LENGTH].strip()
TEXTS = (*HOSTILE, LONG_NAME)


def _open(path: Path) -> Services:
    return open_services(path, FixedClock(NOON, "UTC"))


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Services]:
    svc = _open(tmp_path / "source.sqlite3")
    for n, text in enumerate(TEXTS):
        person = svc.people.add(
            PersonInput(
                name=text,
                nickname=text,
                notes=LONG_NOTE if text == LONG_NAME else f"{text}\n\t{text}",
                contacts=(
                    ContactView(ContactKind.EMAIL, f"friend{n}@example.org", "home"),
                    ContactView(ContactKind.ADDRESS, f"{text}\n{n} Harbour Road", "home"),
                ),
            )
        )
        svc.meetups.plan(
            MeetupInput(
                title=LONG_TITLE if text == LONG_NAME else text,
                person_ids=(person.id,),
                starts_at=datetime(2026, 12, 1 + n, 18, 30),
                tzid="Asia/Jakarta",
                place=text,
                notes=LONG_NOTE if text == LONG_NAME else f"{text}\n{text}",
            )
        )
    yield svc
    svc.close()


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_export_then_import_keeps_every_character(
    source: Services, tmp_path: Path, version: str
) -> None:
    out = tmp_path / f"people-{version}.vcf"
    assert source.contacts.export_file(out, version=version) == len(TEXTS)
    target = _open(tmp_path / "target.sqlite3")
    result = target.contacts.import_file(out)
    assert (len(result.added), result.skipped) == (len(TEXTS), ())
    before = {p.name: source.people.detail(p.id) for p in source.people.list()}
    for person in target.people.list():
        got, want = target.people.detail(person.id), before[person.name]
        assert got.summary.nickname == want.summary.nickname
        assert got.notes == want.notes
        assert {(c.kind, c.value) for c in got.contacts} == {
            (c.kind, c.value) for c in want.contacts
        }
    assert sorted(before) == sorted(p.name for p in target.people.list())
    assert target.health.check().healthy
    target.close()


def test_ics_export_keeps_summary_location_description(source: Services, tmp_path: Path) -> None:
    import icalendar
    import vobject

    out = tmp_path / "meetups.ics"
    exported = source.calendar_export.export(out, CalendarSelection(start=date(2026, 11, 1)))
    assert exported.meetups == len(TEXTS)
    want = {m.uid: m for m in source.meetups.list()}
    raw = out.read_bytes()

    parsed = icalendar.Calendar.from_ical(raw)
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(TEXTS)
    for event in events:
        meetup = want[str(event["UID"])]
        assert str(event["SUMMARY"]) == meetup.title
        assert str(event["LOCATION"]) == meetup.place
        assert str(event["DESCRIPTION"]).endswith("\n\n" + meetup.notes)

    calendar = vobject.readOne(raw.decode("utf-8"))
    seen = 0
    for event in calendar.vevent_list:
        meetup = want[event.uid.value]
        assert event.summary.value == meetup.title
        assert event.location.value == meetup.place
        assert event.description.value.endswith("\n\n" + meetup.notes)
        seen += 1
    assert seen == len(TEXTS)


def test_json_archive_round_trip_keeps_every_character(source: Services, tmp_path: Path) -> None:
    out = tmp_path / "kith.json"
    source.archive.export_file(out)
    target = _open(tmp_path / "target.sqlite3")
    counts = target.archive.import_file(out)
    assert counts.people == len(TEXTS)

    def data(text: str) -> dict[str, object]:
        loaded: dict[str, object] = json.loads(text)
        del loaded["exported_at"]
        return loaded

    assert data(target.archive.archive_text()) == data(out.read_text(encoding="utf-8"))
    names = {p.name for p in target.people.list()}
    assert names == set(TEXTS)
    assert target.health.check().healthy
    target.close()
