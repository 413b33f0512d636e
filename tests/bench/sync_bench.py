"""What a sync round costs at 5,000 people (demo data), beside plain commands on the same
database, in the same run.

    python tests/bench/sync_bench.py [--people 5000] [--runs 2] [--tree PATH ...]
        [--join-only-last] [--skip-year] [--template DB]

A benchmark, not a test. For each source tree given (default: this one) it times, as whole
`kith` processes with their peak memory: the first round of a device (sharing everything),
an idle round, a round sending 1,000 people edited here, the round of another device
applying them, and an empty database joining; then `kith due` and `kith check` on the
same database as the baseline.
Last, with this tree only, a year of weekly activity (interactions logged, people edited,
one round a week) and the size of the device's logs before and after compaction.
Each process row gives wall seconds, CPU seconds and the child's own peak RSS, and
whether that peak stayed under the 500 MB limit. Trees are compared by ratio: a tree may
be an older checkout's `desktop` folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EDITS = 1000


LIMIT_MB = 500
"""No command may need more (issue 14): each row says whether it stayed under."""


def _run(tree: Path, db: Path, *args: str) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one `kith`
    process: the child's own figures, from wait4."""
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kith", "--db", str(db), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kith {' '.join(args)} failed: {err}")
    cpu = usage.ru_utime + usage.ru_stime
    return round(seconds, 2), round(cpu, 2), usage.ru_maxrss // 1024


def _demo(tree: Path, where: Path, people: int) -> Path:
    db = where / f"demo{people}.sqlite3"
    if not db.exists():
        _run(tree, db, "demo", "--people", str(people), "--years", "1")
    return db


def _forget_device(db: Path) -> None:
    """A copy of a synced database, made into a device of its own."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            "DELETE FROM setting WHERE key IN ('sync.device_id', 'sync.published', "
            "'sync.published_name')"
        )


def _edit(db: Path, count: int) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE person SET notes = notes || ' (seen again)' "
            "WHERE id IN (SELECT id FROM person ORDER BY id LIMIT ?)",
            (count,),
        )


def _size_mb(path: Path) -> float:
    return path.stat().st_size / 1e6


def _folder_mb(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*.jsonl") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def measure_tree(tree: Path, template: Path, runs: int, join: bool) -> dict[str, object]:
    out: dict[str, list[object]] = {}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kith-sync-bench-") as tmp:
            work = Path(tmp)
            folder = work / "folder"
            folder.mkdir()
            a, b = work / "laptop.sqlite3", work / "desktop.sqlite3"
            shutil.copy2(template, a)
            _run(tree, a, "sync", "--folder", str(folder), "--name", "Laptop")
            size_before = _size_mb(a)
            figures: dict[str, object] = {}
            figures["first_round"] = _run(tree, a, "sync", "--now")
            figures["db_mb_before_after"] = (round(size_before, 1), round(_size_mb(a), 1))
            figures["idle_round"] = _run(tree, a, "sync", "--now")
            shutil.copy2(a, b)
            _forget_device(b)
            _run(tree, b, "sync", "--name", "Desktop")
            figures["other_device_joins"] = _run(tree, b, "sync", "--now")
            _edit(b, EDITS)
            figures["round_sending_1000"] = _run(tree, b, "sync", "--now")
            figures["round_applying_1000"] = _run(tree, a, "sync", "--now")
            figures["idle_after"] = _run(tree, a, "sync", "--now")
            if join:  # a new, empty database joining: it writes every record there is
                c = work / "tablet.sqlite3"
                _run(tree, c, "sync", "--folder", str(folder), "--name", "Tablet")
                figures["empty_device_joins"] = _run(tree, c, "sync", "--now")
            figures["kith_due"] = _run(tree, a, "due")
            figures["kith_check"] = _run(tree, a, "check")
            for key, value in figures.items():
                out.setdefault(key, []).append(value)
    return out


YEAR = """
import random, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import Mode
from kith.services.views import PersonInput
clock = FixedClock(datetime(2026, 1, 5, 18, 0, tzinfo=UTC))
svc = open_services(Path(sys.argv[1]), clock)
svc.sync.compact_after = 10**9  # measured before and after, below
rng = random.Random(7)
people = [p.id for p in svc.people.list()]
svc.sync.run_round()
for week in range(52):
    for _ in range(30):
        svc.interactions.log([rng.choice(people)], Mode.IN_PERSON, note=f"week {week}")
    for pid in rng.sample(people, 10):
        detail = svc.people.detail(pid)
        summary = svc.people.summary(pid)
        svc.people.update(pid, PersonInput(summary.name, notes=detail.notes + " ·",
            interests=summary.interests, circle=summary.circle))
    svc.sync.run_round()
    clock.advance(timedelta(days=7))
print("rounds-done", flush=True)
"""

COMPACT = """
import sys, time
from pathlib import Path
from kith.bootstrap import open_services
svc = open_services(Path(sys.argv[1]))
start = time.perf_counter()
svc.sync.compact()
print(f"compact-seconds={time.perf_counter() - start:.2f}")
"""


def year_of_activity(tree: Path, template: Path) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="kith-sync-year-") as tmp:
        work = Path(tmp)
        folder = work / "folder"
        folder.mkdir()
        db = work / "laptop.sqlite3"
        shutil.copy2(template, db)
        _run(tree, db, "sync", "--folder", str(folder), "--name", "Laptop")
        env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", YEAR, str(db)], env=env, check=True)
        weekly = time.perf_counter() - start
        before = _folder_mb(folder)
        done = subprocess.run(
            [sys.executable, "-c", COMPACT, str(db)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        after = _folder_mb(folder)
        return {
            "53_rounds_seconds": round(weekly, 1),
            "logs_before_compaction_mb_files": (round(before[0], 1), before[1]),
            "logs_after_compaction_mb_files": (round(after[0], 1), after[1]),
            "compaction": done.stdout.strip(),
        }


def _verdict(values: list[object]) -> str:
    """Whether every run of a process stayed under the memory limit."""
    peaks = [v[2] for v in values if isinstance(v, tuple) and len(v) == 3]
    if not peaks:
        return ""
    return f"  {'met' if max(peaks) <= LIMIT_MB else 'MISSED'} <= {LIMIT_MB} MB"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--tree", type=Path, action="append", help="a `desktop` folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--skip-year", action="store_true")
    parser.add_argument("--template", type=Path, help="a demo database made already")
    parser.add_argument(
        "--join-only-last",
        action="store_true",
        help="time an empty device joining only with the last tree (an old one takes minutes)",
    )
    args = parser.parse_args()
    trees = args.tree or [ROOT / "desktop"]
    joining = set(trees[-1:] if args.join_only_last else trees)
    args.work.mkdir(parents=True, exist_ok=True)
    # The demo database is made by the first tree, so every tree starts from one file
    # (a later tree upgrades its copy on opening it).
    template = args.template or _demo(trees[0], args.work, args.people)
    report: dict[str, object] = {
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "people": args.people,
        "trees": {},
    }
    for tree in trees:
        figures = measure_tree(tree, template, args.runs, join=tree in joining)
        report["trees"][str(tree)] = figures  # type: ignore[index]
        print(f"\n{tree}")
        print(f"  {'':24} (wall s, cpu s, peak MB) per run")
        for key, values in figures.items():
            print(f"  {key:24} {values}{_verdict(values)}")
    if not args.skip_year:
        year = year_of_activity(ROOT / "desktop", template)
        report["year"] = year
        print("\na year of weekly rounds (this tree)")
        for key, value in year.items():
            print(f"  {key:34} {value}")
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    (args.work / f"sync-{stamp}.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
