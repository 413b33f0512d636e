"""Times the due list (service call) against a plain sqlite3 query of the same answer.

Usage: python tests/bench/due_benchmark.py [--people 5000] [--runs 7]
Builds a demo database in a temporary folder, then prints medians and their ratio.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from kith.bootstrap import open_services
from kith.clock import FixedClock

# The same answer in one plain query: people not archived whose rhythm has run out,
# with interests; the state arithmetic mirrors domain.tending.
PLAIN_SQL = """
SELECT p.id, p.name, p.last_in_person_on, p.last_talked_on,
       coalesce(p.rhythm_days, c.rhythm_days) AS rhythm,
       julianday(:today) - julianday(p.last_in_person_on) AS since,
       (SELECT group_concat(i.name) FROM person_interest pi JOIN interest i
          ON i.id = pi.interest_id WHERE pi.person_id = p.id) AS interests,
       (SELECT min(coalesce(m.on_day, date(m.starts_at))) FROM meetup_person mp
          JOIN meetup m ON m.id = mp.meetup_id
          WHERE mp.person_id = p.id AND m.status = 'planned'
            AND coalesce(m.on_day, date(m.starts_at)) >= :today) AS planned
FROM person p JOIN circle c ON c.key = p.circle
WHERE p.archived = 0
  AND (p.snoozed_until IS NULL OR p.snoozed_until < :today)
  AND (p.last_in_person_on IS NULL
       OR julianday(:today) - julianday(p.last_in_person_on)
          >= coalesce(p.rhythm_days, c.rhythm_days)
             - max(1, min(14, coalesce(p.rhythm_days, c.rhythm_days) / 5)))
ORDER BY since DESC
"""


def median_ms(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    clock = FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        svc = open_services(path, clock)
        made = svc.demo.fill(args.people, years=3, seed=1)
        today = clock.now().date().isoformat()
        plain = sqlite3.connect(path)

        def plain_query() -> None:
            plain.execute(PLAIN_SQL, {"today": today}).fetchall()

        def service_call() -> None:
            svc.tending.due()

        service_call()
        plain_query()  # warm both caches
        ours = median_ms(service_call, args.runs)
        base = median_ms(plain_query, args.runs)
        count = len(svc.tending.due().people)
        print(f"{made.people:,} people, {made.interactions:,} interactions; {count:,} listed")
        print(f"  kith due (service call): {ours:8.1f} ms (median of {args.runs})")
        print(f"  plain sqlite3 query:     {base:8.1f} ms")
        print(f"  ratio:                   {ours / base:8.2f}x")
        plain.close()
        svc.close()


if __name__ == "__main__":
    main()
