"""`check` finds broken invariants; the demo fills an empty database deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.errors import ValidationError
from kith.domain.values import TendingState
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
