"""`kith remind` from the command line."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock, local_today

# Noon, so no hour of the day the suite runs at moves a reminder to another day.
CLOCK = FixedClock(datetime(2026, 11, 20, 12, 0), "Europe/Lisbon")
TODAY = local_today(CLOCK)


def kith(argv: list[str]) -> int:
    return main(argv, clock=CLOCK)


DAYS = [(TODAY + timedelta(days=i)).isoformat() for i in range(3)]


@pytest.fixture
def demo_db(empty_db: Path) -> Path:
    path = empty_db
    assert kith(["--db", str(path), "person", "add", "Ana Lima", "--circle", "inner"]) == 0
    seen = (TODAY - timedelta(days=20)).isoformat()
    assert kith(["--db", str(path), "log", "Ana Lima", "--on", seen]) == 0
    return path


def test_dry_run_prints_each_reminder_and_records_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--db",
        str(demo_db),
        "remind",
        "--dry-run",
        "--from",
        f"{DAYS[0]} 00:00",
        "--to",
        f"{DAYS[2]} 12:00",
    ]
    capsys.readouterr()
    assert kith(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in out if not line.startswith(" ")] == [
        f"{DAYS[0]} 09:00",
        f"{DAYS[1]} 09:00",
        f"{DAYS[2]} 09:00",
    ]
    assert "1 person to see in person" in out[0]
    assert kith([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["key"] for d in data][:1] == [f"digest:{DAYS[0]}"]
    with closing(open_services(demo_db, CLOCK)) as svc:
        assert svc.reminders.recent() == []


def test_dry_run_needs_a_span(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kith(["--db", str(demo_db), "remind", "--dry-run", "--from", "2026-11-22"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kith: ") and len(err.splitlines()) == 1


def test_test_without_a_notification_service_says_why(
    demo_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert kith(["--db", str(demo_db), "remind", "--test"]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == (
            "kith: No notification could be shown (desktop notification: there is no "
            "D-Bus session to reach a notification service).\n"
        )
        or "notify-send" in err
    )


def test_now_without_a_notification_service_records_nothing(
    demo_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    with closing(open_services(demo_db, CLOCK)) as svc:
        # Kith last checked two hours ago, and the digest time came an hour ago.
        now = svc.ctx.now()
        local = now.astimezone(svc.ctx.clock.zone()) - timedelta(hours=1)
        svc.reminders.update_settings(
            digest_time=time(local.hour, local.minute), quiet_start=time(0), quiet_end=time(0)
        )
        svc.settings.last_check = now - timedelta(hours=2)
    capsys.readouterr()
    assert kith(["--db", str(demo_db), "remind", "--now", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["sent"] == []
    assert [f["title"] for f in data["failed"]] == ["1 person to see in person"]
    assert (
        "no D-Bus session" in data["failed"][0]["reason"]
        or "notify-send" in (data["failed"][0]["reason"])
    )
    with closing(open_services(demo_db, CLOCK)) as svc:
        assert svc.reminders.recent() == []  # not shown, so not recorded: tried again later
