"""`kith me`: your own interests and circle rhythms."""

from __future__ import annotations

import argparse
from typing import Any

from kith.cli.common import add_json_flag, services
from kith.cli.output import emit_json, say
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.validation import parse_circle


def register(sub: Any) -> None:
    me = sub.add_parser("me", help="your own interests and circle rhythms")
    me.add_argument(
        "--interest",
        action="append",
        metavar="TAG",
        help="set your interests (repeat for several); replaces the list",
    )
    me.add_argument("--add", action="append", default=[], metavar="TAG")
    me.add_argument("--remove", action="append", default=[], metavar="TAG")
    me.add_argument(
        "--rhythm",
        action="append",
        default=[],
        metavar="CIRCLE=DAYS",
        help="default rhythm of a circle, e.g. close=21",
    )
    add_json_flag(me)
    me.set_defaults(handler=_me)


def _me(args: argparse.Namespace) -> int:
    with services(args) as svc:
        if args.interest is not None:
            svc.profile.set_interests(args.interest)
        if args.add:
            svc.profile.add_interests(args.add)
        if args.remove:
            svc.profile.remove_interests(args.remove)
        for item in args.rhythm:
            circle, sep, days = item.partition("=")
            if not sep or not days.strip().isdigit():
                raise ValidationError(
                    "rhythm",
                    QT_TRANSLATE_NOOP("Errors", "“%1” should look like close=21."),
                    item,
                    code="rhythm.circle.malformed",
                )
            svc.profile.set_circle_rhythm(parse_circle(circle), int(days))
        interests = svc.profile.interests()
        rhythms = svc.profile.circle_rhythms()
    if args.json:
        emit_json({"interests": interests, "rhythms": {c.value: d for c, d in rhythms.items()}})
        return 0
    say(
        "Your interests: "
        + (", ".join(interests) if interests else "none yet (kith me --interest TAG)")
    )
    say("Circle rhythms: " + ", ".join(f"{c.value} every {d} days" for c, d in rhythms.items()))
    return 0
