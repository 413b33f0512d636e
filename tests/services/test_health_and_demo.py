"""`check` finds broken invariants; the demo fills an empty database deterministically."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.errors import ValidationError
from kith.domain.values import TendingState
from kith.services import demo
from kith.services.app import Services


def test_demo_data_is_varied_healthy_and_deterministic(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    made = services.demo.fill(people=120, years=2, seed=7)
    assert made.people == 120 and made.interactions > 120 * 10 and made.meetups >= 2
    report = services.health.check()
    assert report.healthy, report.problems
    assert report.counts["person"] == 120
    states = {p.tending.state for p in services.people.list()}
    assert {TendingState.OK, TendingState.OVERDUE, TendingState.DUE} <= states
    assert services.profile.interests()
    other = open_services(tmp_path / "again.sqlite3", clock)
    other.demo.fill(people=120, years=2, seed=7)
    assert [p.to_json() for p in other.people.list()] == [
        p.to_json() for p in services.people.list()
    ]
    other.close()


def _everything(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, the random ids that sync gives each record (and the journal
    naming records by them) left out."""
    conn = sqlite3.connect(path)
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    found = {}
    for table in tables:
        if table == "sync_journal":
            continue
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        kept = ", ".join(f'"{c}"' for c in columns if c != "sync_id") or "*"
        found[table] = sorted(conn.execute(f"SELECT {kept} FROM {table}"), key=repr)
    conn.close()
    return found


def test_a_demo_written_in_small_batches_is_the_same_demo(
    services: Services, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo writes a batch at a time, so 100,000 people fit in little memory; where the
    batches end changes nothing it makes."""
    services.demo.fill(people=150, years=2, seed=3)
    monkeypatch.setattr(demo, "_BATCH", 7)
    other = open_services(tmp_path / "batched.sqlite3", clock)
    other.demo.fill(people=150, years=2, seed=3)
    other.close()
    services.close()
    alike = _everything(services.ctx.db.path)
    assert alike["interaction"] and alike["important_date"]
    assert _everything(tmp_path / "batched.sqlite3") == alike


def test_demo_refuses_a_database_that_has_people(services: Services) -> None:
    services.demo.fill(people=3)
    with pytest.raises(ValidationError, match="already has 3 people"):
        services.demo.fill(people=3)


def test_check_reports_a_last_seen_day_that_disagrees_with_the_log(services: Services) -> None:
    services.demo.fill(people=10, seed=2)
    with services.ctx.db.writing() as s:
        s.execute(text("UPDATE person SET last_in_person_on = '1999-01-01' WHERE id = 1"))
        s.execute(text("UPDATE interaction SET mode = 'telepathy' WHERE id = 1"))
    report = services.health.check()
    assert not report.healthy
    assert any("last_in_person_on is 1999-01-01" in p for p in report.problems)
    assert any("unknown mode" in p for p in report.problems)
