"""`kith check`: is the database healthy?"""

from __future__ import annotations

import argparse
from typing import Any

from kith.cli.common import add_json_flag, services
from kith.cli.output import emit_json, say


def register(sub: Any) -> None:
    check = sub.add_parser("check", help="check the database's integrity")
    add_json_flag(check)
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    # As found: repairing on opening would hide from the report what it is asked for.
    with services(args, repair=False) as svc:
        report = svc.health.check()
        where = svc.ctx.db.path
    if args.json:
        emit_json(
            {"healthy": report.healthy, "problems": list(report.problems), "counts": report.counts}
        )
    elif report.healthy:
        counts = report.counts
        say(
            f"{where} is healthy: {counts['person']:,} people, "
            f"{counts['interaction']:,} interactions, {counts['meetup']:,} meetups."
        )
    else:
        say(f"{where} has {len(report.problems)} problem(s):")
        for problem in report.problems:
            say(f"  - {problem}")
    return 0 if report.healthy else 3
