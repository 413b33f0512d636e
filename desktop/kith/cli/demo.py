"""`kith demo`: fill an empty database with realistic sample data."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from kith.cli.common import services
from kith.cli.output import say


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="fill an empty database with sample data")
    demo.add_argument("--people", type=int, default=50)
    demo.add_argument("--years", type=int, default=3)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with services(args) as svc:
        made = svc.demo.fill(
            args.people,
            args.years,
            args.seed,
            progress=lambda step: print(f"  {step}…", file=sys.stderr),
        )
        where = svc.ctx.db.path
    say(
        f"Made {made.people:,} people, {made.interactions:,} interactions, "
        f"{made.meetups:,} meetups, {made.follow_ups:,} follow-ups and {made.dates:,} dates "
        f"in {where} ({time.perf_counter() - started:.1f} s)."
    )
    return 0
