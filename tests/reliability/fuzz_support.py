"""What every importer fuzz test checks: a refusal is one clear error and writes nothing;
an import that succeeds leaves a healthy database that every reader can still show."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, settings

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.errors import KithError
from kith.services.app import Services

NOON = datetime(2026, 11, 22, 12)


def scaled(examples: int) -> int:
    """KITH_FUZZ_SCALE=4 runs four times the cases (say, nightly); CI runs the default."""
    return max(1, round(examples * float(os.environ.get("KITH_FUZZ_SCALE", "1"))))


def fuzz_settings(examples: int) -> settings:
    """Repeatable in CI: the same cases on every run, no example database between runs."""
    return settings(
        max_examples=scaled(examples),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


def content(db: Path) -> list[str]:
    """Every row of every table, as SQL: equal lists mean equal data."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return list(conn.iterdump())


def digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


@dataclass
class Tally:
    """How the cases ended, for the figures printed at the end of the run."""

    refused: int = 0
    imported: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        top = sorted(self.reasons.items(), key=lambda kv: -kv[1])[:3]
        common = "; ".join(f"{n}× {why[:50]}" for why, n in top)
        return (
            f"{self.refused + self.imported} cases: {self.imported} imported (healthy), "
            f"{self.refused} refused with one clear line, nothing written. Most common: {common}"
        )


def import_or_refuse(
    template: Path,
    folder: Path,
    name: str,
    payload: bytes,
    run: Callable[[Services, Path], object],
    tally: Tally,
) -> Services | None:
    """Import `payload` (written to a file) into a copy of `template` with `run`.

    Returns the open Services after a successful import (the caller checks and closes it),
    or None after a refusal, which must be a KithError of one non-empty line that left the
    database file byte for byte as it was.
    """
    db = folder / f"{name}.sqlite3"
    for leftover in folder.glob(f"{name}.sqlite3*"):
        leftover.unlink()
    shutil.copyfile(template, db)
    source = folder / f"{name}.in"
    source.write_bytes(payload)
    before_bytes, before_rows = digest(db), content(db)
    svc = open_services(db, FixedClock(NOON, "UTC"))
    try:
        run(svc, source)
    except KithError as refused:
        message = str(refused)
        assert message.strip() and len(message) < 600, repr(message)
        assert not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in message), message
        assert "Traceback" not in message and "Error:" not in message, message
        svc.close()
        assert content(db) == before_rows, "a refused import changed the data"
        assert digest(db) == before_bytes, "a refused import changed the database file"
        tally.refused += 1
        reason = message.split(":")[0] if "not valid at" not in message else "archive field"
        tally.reasons[reason] = tally.reasons.get(reason, 0) + 1
        return None
    tally.imported += 1
    report = svc.health.check()
    assert report.healthy, report.problems
    return svc


def read_everything(svc: Services, *, people_only: bool = False) -> None:
    """The readers the app opens with: none may trip over what an import let in.
    A vCard import adds people and their dates only, so it is read back that far."""
    from kith.services.calendar_export import CalendarSelection

    for person in svc.people.list(include_archived=True):
        svc.people.detail(person.id)
    svc.contacts.cards(include_archived=True)
    svc.calendar_export.calendar_text(CalendarSelection(include_dates=True))
    if people_only:
        return
    svc.meetups.list()
    svc.tending.suggestions(svc.tending.due())
    svc.reminders.settings()
    svc.reminders.nudges()
    svc.live_calendar.folder()
