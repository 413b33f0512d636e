"""`kith plan`, `kith plans`, `kith done`, `kith cancel`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kith.cli.common import add_json_flag, person_ids, services
from kith.cli.output import emit_json, say, table
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.local_time import LocalKind, Occurrence, is_unambiguous, offset_text, resolve_wall
from kith.domain.validation import parse_day, parse_moment
from kith.domain.values import MeetupStatus
from kith.services.app import Services
from kith.services.views import MeetupInput, MeetupView


def register(sub: Any) -> None:
    plan = sub.add_parser("plan", help="plan a meetup in person")
    plan.add_argument("title")
    plan.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    plan.add_argument(
        "--group",
        dest="groups",
        action="append",
        default=[],
        metavar="GROUP",
        help="everyone in this group (with --with too, or several groups)",
    )
    plan.add_argument(
        "--at",
        metavar='"YYYY-MM-DD HH:MM"',
        help="when (local time); a date alone makes it all day; leave out to keep it an idea",
    )
    twice = plan.add_mutually_exclusive_group()
    twice.add_argument(
        "--first",
        dest="occurrence",
        action="store_const",
        const="first",
        help="when the clocks go back and --at happens twice: the first time (the default)",
    )
    twice.add_argument(
        "--second",
        dest="occurrence",
        action="store_const",
        const="second",
        help="when the clocks go back and --at happens twice: the second time",
    )
    plan.add_argument("--duration", type=int, default=120, metavar="MINUTES")
    plan.add_argument("--place", default="")
    plan.add_argument("--note", default="")
    plan.add_argument(
        "--alarm",
        type=int,
        default=60,
        metavar="MINUTES",
        help="remind this many minutes before (default 60)",
    )
    add_json_flag(plan)
    plan.set_defaults(handler=_plan)

    plans = sub.add_parser("plans", help="meetups planned and ideas")
    plans.add_argument("--all", action="store_true", help="include done and cancelled ones")
    add_json_flag(plans)
    plans.set_defaults(handler=_plans)

    done = sub.add_parser("done", help="mark a meetup done (logs it in person)")
    done.add_argument("meetup_id", type=int, metavar="MEETUP_ID")
    done.add_argument("--on", metavar="YYYY-MM-DD")
    done.set_defaults(handler=_done)

    cancel = sub.add_parser("cancel", help="cancel a meetup")
    cancel.add_argument("meetup_id", type=int, metavar="MEETUP_ID")
    cancel.set_defaults(handler=_cancel)


def _plan(args: argparse.Namespace) -> int:
    starts_at = on_day = None
    duration: int | None = args.duration
    if args.at:
        if len(args.at.strip()) == 10:
            on_day, duration = parse_day(args.at, "at"), 24 * 60
        else:
            starts_at = parse_moment(args.at)
    if not args.people and not args.groups:
        raise ValidationError(
            "with",
            QT_TRANSLATE_NOOP("Errors", "Say who the meetup is with: --with NAME or --group NAME."),
            code="meetup.people.missing",
        )
    with services(args) as svc:
        ids = _with_groups(svc, person_ids(svc, args.people), args.groups)
        if starts_at is not None:
            starts_at = _occurrence(starts_at, svc.ctx.clock.zone(), args.occurrence)
        elif args.occurrence:
            raise _not_repeated(args.at or "", svc.ctx.clock.zone().key)
        meetup = svc.meetups.plan(
            MeetupInput(
                title=args.title,
                person_ids=tuple(ids),
                starts_at=starts_at,
                on_day=on_day,
                duration_minutes=duration,
                place=args.place,
                notes=args.note,
                alarm_minutes=args.alarm,
            )
        )
    if args.json:
        emit_json(meetup.to_json())
    else:
        say(
            f"Planned “{meetup.title}” (#{meetup.id}) {_when(meetup)} with "
            f"{', '.join(p.name for p in meetup.people)}."
        )
    return 0


def _with_groups(svc: Services, ids: list[int], groups: list[str]) -> list[int]:
    """The people named, then each group's members not named already, in name order."""
    for name in groups:
        group = svc.ties.find_group(name)
        if not group.members:
            raise ValidationError(
                "group",
                QT_TRANSLATE_NOOP("Errors", "Nobody is in the group “%1” yet."),
                group.name,
                code="meetup.group.empty",
            )
        ids.extend(m.id for m in group.members if m.id not in ids)
    return ids


def _offset(occurrence: Occurrence) -> str:
    return f"{occurrence.name}, {offset_text(occurrence.offset)}"


def _not_repeated(at: str, tzid: str) -> ValidationError:
    return ValidationError(
        "at",
        QT_TRANSLATE_NOOP("Errors", "%1 happens only once in %2: it needs no --first or --second."),
        at,
        tzid,
        code="meetup.time.not_repeated",
    )


def _occurrence(wall: datetime, zone: ZoneInfo, wanted: str | None) -> datetime:
    """The wall-clock time with the fold that picks the occurrence asked for.

    A time in the repeated hour is never taken silently: without --first or --second the
    first is planned and stderr says so, naming the other and how to get it.
    """
    local = resolve_wall(wall, zone)
    if local.kind != LocalKind.REPEATED:
        if wanted is not None:
            raise _not_repeated(f"{wall:%Y-%m-%d %H:%M}", zone.key)
        return wall  # a skipped time is refused by the meetup service, saying why
    chosen, other = (
        (local.second, local.first) if wanted == "second" else (local.first, local.second)
    )
    if wanted is None:
        print(
            f"kith: {wall:%H:%M} on {wall:%Y-%m-%d} happens twice in {zone.key} (the clocks go "
            f"back); planned for the first time ({_offset(chosen)}). Use --second for the "
            f"second ({_offset(other)}).",
            file=sys.stderr,
        )
    return wall.replace(fold=chosen.at.fold)


def _when(m: MeetupView) -> str:
    if m.starts_at is not None:
        twice = not is_unambiguous(m.starts_at)
        # In the repeated hour the clock time alone names two moments: add the zone's name.
        return f"on {m.starts_at:%Y-%m-%d at %H:%M}" + (f" {m.starts_at:%Z}" if twice else "")
    if m.on_day is not None:
        return f"on {m.on_day.isoformat()}, all day"
    return "some day"


def _plans(args: argparse.Namespace) -> int:
    statuses = None if args.all else (MeetupStatus.PLANNED, MeetupStatus.IDEA)
    with services(args) as svc:
        meetups = svc.meetups.list(statuses=statuses)
    if args.json:
        emit_json([m.to_json() for m in meetups])
        return 0
    if not meetups:
        say(
            "Nothing planned. Plan a meetup with: kith plan TITLE --with NAME --at "
            '"YYYY-MM-DD HH:MM"'
        )
        return 0
    rows = [
        [
            f"#{m.id}",
            m.status.value,
            _when(m).removeprefix("on "),
            m.title,
            ", ".join(p.name for p in m.people),
        ]
        for m in meetups
    ]
    say(table(rows, indent=""))
    return 0


def _done(args: argparse.Namespace) -> int:
    on = parse_day(args.on, "on") if args.on else None
    with services(args) as svc:
        meetup = svc.meetups.complete(args.meetup_id, on)
    say(
        f"“{meetup.title}” is done; logged in person with "
        f"{', '.join(p.name for p in meetup.people)}."
    )
    return 0


def _cancel(args: argparse.Namespace) -> int:
    with services(args) as svc:
        meetup = svc.meetups.cancel(args.meetup_id)
    say(f"Cancelled “{meetup.title}”.")
    return 0
