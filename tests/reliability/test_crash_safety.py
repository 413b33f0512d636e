"""Kill a writing process at random moments: every write it reported committed survives.

The writer (crash_worker.py) prints a line only after a transaction committed. After each
SIGKILL the database must be healthy (SQLite's integrity check and Kith's own rules, such
as "last seen in person" agreeing with the log) and hold every reported write. One
database is reused across all kills, so it grows and recovery runs on a real WAL.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import text

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import Circle
from kith.services.views import PersonInput
from tests.reliability.conftest import Figures, run_kith
from tests.reliability.crash_worker import NOW, ZONE

WORKER = Path(__file__).with_name("crash_worker.py")
SEED = int(os.environ.get("KITH_CRASH_SEED", "20261122"))
KILLS = int(os.environ.get("KITH_CRASH_KILLS", "240"))
FRESH_PROCESS_EVERY = 20  # the other rounds fork from a server that has Kith imported
CLI_CHECK_EVERY = 30


@dataclass
class Committed:
    """Everything the writers said they committed, across all rounds."""

    interactions: dict[int, str] = field(default_factory=dict)
    meetups: dict[int, str] = field(default_factory=dict)
    done: set[int] = field(default_factory=set)

    def take(self, line: str) -> None:
        kind, *rest = line.split()
        if kind == "I":
            self.interactions[int(rest[0])] = rest[1]
        elif kind == "M":
            self.meetups[int(rest[0])] = rest[1]
        elif kind == "D":
            self.done.add(int(rest[0]))

    @property
    def writes(self) -> int:
        return len(self.interactions) + len(self.meetups) + len(self.done)


def _lines(stream: IO[str]) -> Iterator[str]:
    for line in stream:
        yield line.rstrip("\n")
    raise AssertionError("the crash worker stopped talking (did it fail to start?)")


def _wait_for(lines: Iterator[str], prefix: str, committed: Committed) -> str:
    for line in lines:
        if line.startswith(prefix):
            return line
        committed.take(line)
    raise AssertionError("unreachable")


def _pause(rng: random.Random) -> None:
    # Sometimes at once or while it opens the database (and recovers the WAL), mostly in
    # the middle of its writes (a write takes about 10 ms here, most of it in fsync).
    roll = rng.random()
    time.sleep(0 if roll < 0.1 else rng.uniform(0, 0.05) if roll < 0.3 else rng.uniform(0.05, 0.2))


def _seed_people(db: Path) -> None:
    svc = open_services(db, FixedClock(NOW, ZONE))
    for i in range(12):
        svc.people.add(PersonInput(name=f"Friend {i}", circle=list(Circle)[i % 4]))
    svc.close()


def _verify(db: Path, committed: Committed, round_no: int) -> None:
    where = f"after kill {round_no} (seed {SEED})"
    svc = open_services(db, FixedClock(NOW, ZONE))
    try:
        report = svc.health.check()
        assert report.healthy, f"{where}: {report.problems}"
        with svc.ctx.db.reading() as s:
            notes: dict[int, str] = dict(s.execute(text("SELECT id, note FROM interaction")).all())
            meetups = {
                m: (title, status)
                for m, title, status in s.execute(text("SELECT id, title, status FROM meetup"))
            }
            logged_for: dict[int, int] = dict(
                s.execute(
                    text(
                        "SELECT meetup_id, count(*) FROM interaction"
                        " WHERE meetup_id IS NOT NULL GROUP BY meetup_id"
                    )
                ).all()
            )
    finally:
        svc.close()
    lost = [
        i for i, token in committed.interactions.items() if notes.get(i, "").split(" ")[0] != token
    ]
    assert not lost, f"{where}: interactions reported committed are missing: {lost[:10]}"
    lost = [m for m, token in committed.meetups.items() if meetups.get(m, ("",))[0] != token]
    assert not lost, f"{where}: meetups reported committed are missing: {lost[:10]}"
    undone = [m for m in committed.done if meetups[m][1] != "done" or logged_for.get(m) != 1]
    assert not undone, f"{where}: completed meetups lost their status or interaction: {undone}"
    # Completing is one transaction: a meetup is done exactly when its interaction exists.
    halves = [m for m, (_, status) in meetups.items() if (status == "done") != (m in logged_for)]
    assert not halves, f"{where}: meetups half completed: {halves[:10]}"


def _kill(pid: int) -> bool:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    return True


def _fresh_round(db: Path, seed: int, rng: random.Random, committed: Committed) -> None:
    with subprocess.Popen(
        [sys.executable, str(WORKER), "write", str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        _wait_for(_lines(proc.stdout), "ready", committed)
        _pause(rng)
        _kill(proc.pid)
        for line in proc.stdout:
            committed.take(line.rstrip("\n"))
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read()


@pytest.mark.slow
def test_killed_writers_never_lose_a_committed_write(tmp_path: Path, figures: Figures) -> None:
    db = tmp_path / "crash.sqlite3"
    _seed_people(db)
    rng = random.Random(SEED)
    committed = Committed()
    server = subprocess.Popen(
        [sys.executable, str(WORKER), "serve", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    lines = _lines(server.stdout)
    started = time.monotonic()
    cli_checks = 0
    try:
        for round_no in range(1, KILLS + 1):
            seed = SEED * 1000 + round_no
            if round_no % FRESH_PROCESS_EVERY == 0:
                _fresh_round(db, seed, rng, committed)
            else:
                server.stdin.write(f"run {seed}\n")
                server.stdin.flush()
                pid = int(_wait_for(lines, "started ", committed).split()[1])
                _pause(rng)
                assert _kill(pid), "the writer ended on its own; it must run until killed"
                status = int(_wait_for(lines, f"reaped {pid} ", committed).split()[2])
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                    f"the writer failed instead of being killed (status {status}): "
                    "run tests/reliability/crash_worker.py write DB SEED to see why"
                )
            _verify(db, committed, round_no)
            if round_no % CLI_CHECK_EVERY == 0:
                result = run_kith("check", db=db)
                assert result.returncode == 0 and "is healthy" in result.stdout, result
                cli_checks += 1
    finally:
        server.stdin.close()
        server.kill()
        server.wait()
        server.stdout.close()
    elapsed = time.monotonic() - started
    assert committed.writes > KILLS, "too few writes got through to test anything"
    figures(
        f"{KILLS} kills, {committed.writes} committed writes verified "
        f"({len(committed.interactions)} interactions, {len(committed.meetups)} meetups, "
        f"{len(committed.done)} completions), {cli_checks} `kith check` runs, "
        f"{db.stat().st_size // 1024} KiB database, {elapsed:.0f} s, seed {SEED}"
    )


def test_the_verification_notices_a_lost_or_half_write(tmp_path: Path) -> None:
    """The crash loop is only as good as _verify: show that it fails on a loss."""
    db = tmp_path / "crash.sqlite3"
    _seed_people(db)
    _verify(db, Committed(), 0)
    for lost in ("I 1 w1-1", "M 1 w1-2"):
        committed = Committed()
        committed.take(lost)
        with pytest.raises(AssertionError, match="reported committed are missing"):
            _verify(db, committed, 0)
