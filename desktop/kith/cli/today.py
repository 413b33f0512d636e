"""`kith today`: exactly Today's "worth seeing in person", each with why, and the rest counted."""

from __future__ import annotations

import argparse
from typing import Any

from kith.cli.common import add_json_flag
from kith.cli.output import emit_json, reason_words, say, table
from kith.cli.reads import due_reads
from kith.domain.validation import parse_day


def register(sub: Any) -> None:
    today = sub.add_parser("today", help="the few people most worth seeing, and why")
    today.add_argument("--on", metavar="YYYY-MM-DD", help="as of this day (default today)")
    add_json_flag(today)
    today.set_defaults(handler=_today)


def _today(args: argparse.Namespace) -> int:
    on = parse_day(args.on, "on") if args.on else None
    with due_reads(args) as reads:
        day = on or reads.today()
        short = reads.short_list(day)
    if args.json:
        emit_json(
            {
                "on": day.isoformat(),
                "people": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "reason": short.reasons[p.id].to_json(),
                        "why": reason_words(short.reasons[p.id]),
                    }
                    for p in short.people
                ],
                "others_due": short.others,
                "due_total": short.total,
                "snoozed": short.snoozed,
            }
        )
        return 0
    if not short.people:
        say("No one is waiting to be seen. Enjoy the quiet.")
        return 0
    say(f"Worth seeing in person ({day.isoformat()}):")
    say(table([[p.name, reason_words(short.reasons[p.id])] for p in short.people]))
    if short.others:
        say(f"  … and {short.others} more due (see `kith due`).")
    return 0
