"""`kith log`: something that happened, with one or more people."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from kith.cli.common import add_json_flag, daily_backup_plain, person_ids, services
from kith.cli.output import emit_json, say
from kith.domain.validation import parse_day, parse_mode
from kith.domain.values import Mode
from kith.storage.paths import default_db_path

if TYPE_CHECKING:
    from kith.services.views import InteractionView


def register(sub: Any) -> None:
    log = sub.add_parser("log", help="log an interaction (in person by default)")
    log.add_argument("names", nargs="+", metavar="NAME")
    log.add_argument(
        "--mode",
        default=Mode.IN_PERSON.value,
        help="in-person (default), call, video, message or letter",
    )
    log.add_argument("--on", metavar="YYYY-MM-DD", help="the day (default today)")
    log.add_argument("--note", default="")
    log.add_argument("--place", default="")
    add_json_flag(log)
    log.set_defaults(handler=_log)


def _log(args: argparse.Namespace) -> int:
    mode = parse_mode(args.mode)
    on = parse_day(args.on, "on") if args.on else None
    logged = _plain_log(args, mode, on)
    if logged is None:
        with services(args) as svc:
            ids = person_ids(svc, args.names)
            logged = svc.interactions.log(ids, mode, on, note=args.note, place=args.place)
    if args.json:
        emit_json(logged.to_json())
    else:
        names = ", ".join(p.name for p in logged.people)
        say(f"Logged {mode.value} with {names} on {logged.on.isoformat()}.")
    return 0


def _plain_log(args: argparse.Namespace, mode: Mode, on: date | None) -> InteractionView | None:
    """The log written with `sqlite3` alone (`services.plain_log`) when the file is sound
    at this revision; None when it must be opened the full way, which upgrades, repairs
    or refuses it with the usual words."""
    from kith.services.plain_log import PlainLog

    plain = PlainLog.open(args.db or default_db_path(), args.clock)
    if plain is None:
        return None
    try:
        daily_backup_plain(plain.path, args)
        return plain.log(args.names, mode, on, note=args.note, place=args.place)
    finally:
        plain.close()
