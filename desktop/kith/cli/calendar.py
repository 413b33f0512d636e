"""`kith export-ics`: meetups (and, if asked, yearly dates) to an iCalendar file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kith.cli.common import services
from kith.cli.output import say
from kith.domain.validation import parse_day
from kith.services.calendar_export import CalendarSelection


def register(sub: Any) -> None:
    export = sub.add_parser(
        "export-ics",
        help="export meetups to an .ics calendar file",
        description="Without options: every upcoming meetup. With --from/--to: every meetup "
        "in those days. With --person: that person's meetups.",
    )
    export.add_argument("out", type=Path, metavar="OUT.ics")
    export.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    export.add_argument("--person", metavar="NAME", help="only this person's meetups")
    export.add_argument(
        "--meetup",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="only this meetup (repeat for more)",
    )
    export.add_argument(
        "--dates",
        action="store_true",
        help="also birthdays and other yearly dates, as yearly all-day events",
    )
    export.add_argument(
        "--attendees",
        action="store_true",
        help="add people's e-mail addresses as attendees (off by default: "
        "some calendars then offer to mail them)",
    )
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    start = parse_day(args.start, "from") if args.start else None
    end = parse_day(args.end, "to") if args.end else None
    with services(args) as svc:
        person_id = svc.people.find(args.person, include_archived=True).id if args.person else None
        result = svc.calendar_export.export(
            args.out,
            CalendarSelection(
                meetup_ids=tuple(args.meetup),
                start=start,
                end=end,
                person_id=person_id,
                include_dates=args.dates,
                with_attendees=args.attendees,
            ),
        )
    dates = f" and {result.dates} yearly dates" if result.dates else ""
    plural = "meetup" if result.meetups == 1 else "meetups"
    say(f"Wrote {result.meetups} {plural}{dates} to {result.path}.")
    return 0
