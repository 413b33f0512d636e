"""`kith due`: everyone worth seeing in person, in Today's order (closeness first)."""

from __future__ import annotations

import argparse
from typing import Any

from kith.cli.common import add_json_flag
from kith.cli.output import ago, emit_json, say, state_words, table
from kith.cli.reads import due_reads
from kith.domain.validation import parse_day


def register(sub: Any) -> None:
    due = sub.add_parser("due", help="everyone worth seeing in person, closest and latest first")
    due.add_argument("--on", metavar="YYYY-MM-DD", help="as of this day (default today)")
    due.add_argument("--limit", type=int, default=0, help="show at most this many (text only)")
    add_json_flag(due)
    due.set_defaults(handler=_due)


def _due(args: argparse.Namespace) -> int:
    on = parse_day(args.on, "on") if args.on else None
    with due_reads(args) as reads:
        today = on or reads.today()
        listed = reads.due(today)
        groups = reads.suggestions(listed)
        people = listed.people  # read while the database is open, never after
    if args.json:
        emit_json(
            {
                "on": today.isoformat(),
                "people": [p.to_json() for p in people],
                "snoozed": listed.snoozed,
                "suggestions": [{"interest": g.interest, "people": list(g.names)} for g in groups],
            }
        )
        return 0
    if not people:
        say("No one is due. Enjoy the time you have.")
        return 0
    shown = people[: args.limit] if args.limit > 0 else people
    say(f"Who to see in person ({today.isoformat()}):")
    rows = []
    for p in shown:
        shared = f"shares {', '.join(p.shared_interests)}" if p.shared_interests else ""
        rows.append(
            [
                p.name,
                state_words(p.tending),
                f"seen {ago(p.last_in_person, today)}",
                f"talked {ago(p.last_talked, today)}",
                shared,
            ]
        )
    say(table(rows))
    if len(shown) < len(people):
        say(f"  … and {len(people) - len(shown)} more.")
    if listed.snoozed:
        say(f"  ({listed.snoozed} snoozed.)")
    for g in groups:
        say(f"Idea: {g.describe()}.")
    return 0
