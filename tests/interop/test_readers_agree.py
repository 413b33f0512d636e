"""Kith's .ics and .vcf exports read by the parsers real calendar and contact apps use.

Mozilla's ical.js (Thunderbird) runs under node from `tests/interop/node_modules`
(`npm ci --prefix tests/interop`); libical (Evolution) through the system Python's
PyGObject (Debian: python3-gi gir1.2-ical-3.0). Without them these tests skip, except in
CI (CI=true), where a missing reader is a failure: the check must really run there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import ContactKind
from kith.services.app import Services
from kith.services.calendar_export import CalendarSelection
from kith.services.views import ContactView, MeetupInput, PersonInput
from tests.conftest import copy_of
from tests.interop.cases import CLOCK_CHANGES

HERE = Path(__file__).parent
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; CI must install it (see .ci/run)")
    pytest.skip(f"{what} is not installed here")


@pytest.fixture(scope="module")
def icaljs() -> list[str]:
    node = shutil.which("node")
    if node is None or not (HERE / "node_modules" / "ical.js").is_dir():
        _missing("node with ical.js (npm ci --prefix tests/interop)")
    assert node is not None
    return [node, str(HERE / "read_with_icaljs.mjs")]


@pytest.fixture(scope="module")
def libical() -> list[str]:
    probe = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
    if (
        not SYSTEM_PYTHON.exists()
        or subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode
    ):
        _missing("libical for the system Python (python3-gi, gir1.2-ical-3.0)")
    return [str(SYSTEM_PYTHON), str(HERE / "read_with_libical.py")]


def read(reader: list[str], path: Path) -> list[dict[str, object]]:
    done = subprocess.run([*reader, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result: list[dict[str, object]] = json.loads(done.stdout)
    return result


def _instant(text: object) -> datetime | None:
    if text is None:
        return None
    assert isinstance(text, str)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@pytest.fixture
def svc(migrated_template: Path, tmp_path: Path) -> Iterator[Services]:
    # Early 2026 in Berlin, so every case below is still to come and the demo plans around it.
    clock = FixedClock(datetime(2026, 1, 10, 9, 0), "Europe/Berlin")
    services = open_services(copy_of(migrated_template, tmp_path / "kith.sqlite3"), clock)
    yield services
    services.close()


def _plan_clock_changes(svc: Services) -> None:
    ana = svc.people.add(PersonInput(name="Ana Lima")).id
    for case in CLOCK_CHANGES:
        svc.meetups.plan(
            MeetupInput(
                title=case.uid.split("@")[0],
                person_ids=(ana,),
                starts_at=case.wall.replace(fold=int(case.second)),
                duration_minutes=case.minutes,
                tzid=case.tzid,
            )
        )


@pytest.fixture
def exported(svc: Services, tmp_path: Path) -> tuple[Path, dict[str, tuple[object, ...]]]:
    """Demo meetups plus the clock-change cases, exported; what Kith stored, by UID."""
    svc.demo.fill(people=60, years=1, seed=7)
    _plan_clock_changes(svc)
    meetups = [m for m in svc.meetups.list() if m.is_dated]
    path = tmp_path / "kith.ics"
    svc.calendar_export.export(path, CalendarSelection(meetup_ids=tuple(m.id for m in meetups)))
    stored: dict[str, tuple[object, ...]] = {}
    for m in meetups:
        if m.starts_at is None:
            assert m.on_day is not None
            stored[m.uid] = (m.on_day.strftime("%Y-%m-%d"),)
            continue
        start = m.starts_at.astimezone(UTC)
        end = None if not m.duration_minutes else start + timedelta(minutes=m.duration_minutes)
        stored[m.uid] = (start, end)
    return path, stored


def _agree(events: list[dict[str, object]], stored: dict[str, tuple[object, ...]]) -> None:
    seen = {}
    for event in events:
        uid = str(event["uid"])
        want = stored[uid]
        if len(want) == 1:  # all day: the reader's date
            assert str(event["start"]).replace("-", "")[:8] == str(want[0]).replace("-", ""), uid
        else:
            got = (_instant(event["start"]), _instant(event["end"]))
            assert got == want, uid
            if got[1] is not None:
                assert got[0] is not None and got[1] > got[0], uid
        seen[uid] = True
    assert set(seen) == set(stored)


def test_icaljs_reads_every_start_and_end_as_stored(
    icaljs: list[str], exported: tuple[Path, dict[str, tuple[object, ...]]]
) -> None:
    path, stored = exported
    assert len(stored) > len(CLOCK_CHANGES)  # demo meetups were written too
    _agree(read(icaljs, path), stored)


def test_libical_reads_every_start_and_end_as_stored(
    libical: list[str], exported: tuple[Path, dict[str, tuple[object, ...]]]
) -> None:
    path, stored = exported
    _agree(read(libical, path), stored)


HARD_TEXT = {
    "name": "Jo; Ann, O\\Brien",
    "nickname": "Jo, the; one",
    "notes": "Semi; colon, comma \\ backslash\nsecond line; end",
}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_icaljs_reads_names_and_notes_exactly_as_typed(
    icaljs: list[str], svc: Services, tmp_path: Path, version: str
) -> None:
    svc.people.add(
        PersonInput(
            name=HARD_TEXT["name"],
            nickname=HARD_TEXT["nickname"],
            notes=HARD_TEXT["notes"],
            contacts=(
                ContactView(ContactKind.PHONE, "+49 30 1234567", "mobile"),
                ContactView(ContactKind.EMAIL, "jo@example.org", "home"),
            ),
        )
    )
    path = tmp_path / "people.vcf"
    svc.contacts.export_file(path, version=version)
    [card] = read(icaljs, path)
    assert card["fn"] == [HARD_TEXT["name"]]
    assert card["note"] == [HARD_TEXT["notes"]]
    assert card["nickname"] == [HARD_TEXT["nickname"]]
    # N is structured: the family name is the last word, the rest the given names.
    assert card["n"] == [["O\\Brien", "Jo; Ann,", "", "", ""]]
    assert card["tel"] == ["+49 30 1234567"]
    assert card["email"] == ["jo@example.org"]
