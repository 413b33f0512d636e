"""`kith plan` on a clock-change night: a repeated time is chosen explicitly, never guessed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock

BERLIN_NOW = datetime(2026, 10, 1, 9, 0)
AUTUMN = "2026-10-25 02:30"  # Berlin's clocks go back from 03:00 CEST to 02:00 CET


def _kith(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    clock = FixedClock(BERLIN_NOW, "Europe/Berlin")
    code = main(["--db", str(db), *args], clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


def _stored_start(db: Path) -> datetime:
    svc = open_services(db, FixedClock(BERLIN_NOW, "Europe/Berlin"))
    try:
        [meetup] = svc.meetups.list()
        assert meetup.starts_at is not None
        return meetup.starts_at.astimezone(UTC)
    finally:
        svc.close()


@pytest.fixture
def db(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert _kith(empty_db, capsys, "person", "add", "Ana")[0] == 0
    return empty_db


@pytest.mark.parametrize(
    ("flag", "utc_hour", "zone_name"), [("--first", 0, "CEST"), ("--second", 1, "CET")]
)
def test_first_or_second_picks_which_0230_is_stored(
    db: Path, capsys: pytest.CaptureFixture[str], flag: str, utc_hour: int, zone_name: str
) -> None:
    code, out, err = _kith(db, capsys, "plan", "Late", "--with", "Ana", "--at", AUTUMN, flag)
    assert code == 0, err
    assert err == ""  # asked for explicitly: nothing to warn about
    assert f"on 2026-10-25 at 02:30 {zone_name} with Ana" in out
    assert _stored_start(db) == datetime(2026, 10, 25, utc_hour, 30, tzinfo=UTC)


def test_without_a_choice_the_first_is_planned_and_the_other_is_named(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _kith(db, capsys, "plan", "Late", "--with", "Ana", "--at", AUTUMN, "--json")
    assert code == 0
    assert "happens twice in Europe/Berlin" in err
    assert "first time (CEST, UTC+2)" in err and "--second for the second (CET, UTC+1)" in err
    assert json.loads(out)["starts_at"] == "2026-10-25T02:30:00+02:00"
    assert _stored_start(db) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_a_choice_for_a_time_that_happens_once_is_refused(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _kith(
        db, capsys, "plan", "X", "--with", "Ana", "--at", "2026-10-25 18:00", "--second"
    )
    assert code == 1
    assert "2026-10-25 18:00 happens only once in Europe/Berlin" in err


def test_a_time_the_clocks_skip_is_refused_saying_so(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _kith(db, capsys, "plan", "X", "--with", "Ana", "--at", "2026-03-29 02:30")
    assert code == 1
    assert "does not exist in Berlin: the clocks skip it" in err


def test_first_and_second_together_are_a_usage_error(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        _kith(db, capsys, "plan", "X", "--with", "Ana", "--at", AUTUMN, "--first", "--second")
    assert stop.value.code == 2
