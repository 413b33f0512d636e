"""`kith person add|list|show|edit|archive|restore|snooze|merge`."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Literal

from kith.cli.common import add_json_flag, services
from kith.cli.output import ago, emit_json, say, state_words, table
from kith.cli.person_merge import register_merge
from kith.cli.ties import tie_json, tie_words
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.validation import check_rhythm, parse_circle, parse_day, parse_yearly_date
from kith.domain.values import Circle, ContactKind
from kith.services.views import ContactView, PersonInput


def register(sub: Any) -> None:
    person = sub.add_parser("person", help="add, list and show people")
    verbs = person.add_subparsers(
        dest="verb", metavar="VERB", required=True, parser_class=type(person)
    )

    add = verbs.add_parser("add", help="add someone")
    add.add_argument("name")
    add.add_argument("--nickname")
    add.add_argument("--organisation", default="", help="where they work, or what they belong to")
    add.add_argument(
        "--circle",
        default=Circle.UNSORTED.value,
        help="inner, close, friends, wider or unsorted (default: not sorted yet)",
    )
    add.add_argument(
        "--every",
        type=int,
        metavar="DAYS",
        help="how often to see them in person (default: the circle's rhythm)",
    )
    add.add_argument("--interest", action="append", default=[], metavar="TAG")
    add.add_argument("--birthday", metavar="YYYY-MM-DD|MM-DD")
    add.add_argument("--email", action="append", default=[])
    add.add_argument("--phone", action="append", default=[])
    add.add_argument("--note", default="")
    add.add_argument("--lean-on", action="store_true", help="someone you can lean on")
    add_json_flag(add)
    add.set_defaults(handler=_add)

    lst = verbs.add_parser("list", help="everyone, alphabetically")
    lst.add_argument("--archived", action="store_true", help="list archived people instead")
    add_json_flag(lst)
    lst.set_defaults(handler=_list)

    show = verbs.add_parser("show", help="one person in full")
    show.add_argument("name")
    add_json_flag(show)
    show.set_defaults(handler=_show)

    for verb, text in (
        ("archive", "archive someone (keeps everything)"),
        ("restore", "bring an archived person back"),
    ):
        p = verbs.add_parser(verb, help=text)
        p.add_argument("name")
        p.set_defaults(handler=_archive, archive=(verb == "archive"))

    edit = verbs.add_parser(
        "edit",
        help="change several people at once (all of them, or on any refusal none)",
    )
    edit.add_argument("names", nargs="+", metavar="NAME|#ID")
    edit.add_argument("--circle", help="inner, close, friends or wider")
    edit.add_argument(
        "--every", metavar="DAYS|default", help="a rhythm in days, or default for the circle's"
    )
    edit.add_argument("--organisation", help='where they work, or what they belong to; "" for none')
    lean = edit.add_mutually_exclusive_group()
    lean.add_argument("--lean-on", dest="lean_on", action="store_true", default=None)
    lean.add_argument("--no-lean-on", dest="lean_on", action="store_false")
    add_json_flag(edit)
    edit.set_defaults(handler=_edit)

    snooze = verbs.add_parser("snooze", help="keep someone off the due list for a while")
    snooze.add_argument("name")
    snooze.add_argument("--until", metavar="YYYY-MM-DD")
    snooze.add_argument("--days", type=int, default=7)
    snooze.set_defaults(handler=_snooze)

    register_merge(verbs)


def _add(args: argparse.Namespace) -> int:
    circle = parse_circle(args.circle)
    if args.every is not None and check_rhythm(args.every, "every") and not circle.is_sorted:
        # A rhythm asked for would silently do nothing for someone never due.
        raise ValidationError(
            "every",
            QT_TRANSLATE_NOOP("Errors", "A rhythm needs a circle: add --circle with %1."),
            "inner, close, friends or wider",
            code="person.rhythm_without_circle",
        )
    birthday = parse_yearly_date(args.birthday) if args.birthday else None
    contacts = tuple(
        [ContactView(ContactKind.EMAIL, e) for e in args.email]
        + [ContactView(ContactKind.PHONE, p) for p in args.phone]
    )
    data = PersonInput(
        name=args.name,
        nickname=args.nickname,
        organisation=args.organisation,
        circle=circle,
        rhythm_days=args.every,
        interests=tuple(args.interest),
        notes=args.note,
        lean_on=args.lean_on,
        contacts=contacts,
        birthday=birthday,
    )
    with services(args) as svc:
        person = svc.people.add(data)
    if args.json:
        emit_json(person.to_json())
    else:
        say(
            f"Added {person.name} (#{person.id}) to {person.circle.value}, "
            f"every {person.rhythm_days} days."
            if person.circle.is_sorted
            else f"Added {person.name} (#{person.id}), not sorted into a circle yet."
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    with services(args) as svc:
        today = svc.ctx.today()
        people = svc.people.archived() if args.archived else svc.people.list()
    if args.json:
        emit_json([p.to_json() for p in people])
        return 0
    if not people:
        say(
            "No archived people."
            if args.archived
            else "No one here yet. Add someone with: kith person add NAME"
        )
        return 0
    rows = [
        [
            f"#{p.id}",
            p.name,
            p.circle.value,
            f"every {p.rhythm_days}d",
            f"seen {ago(p.last_in_person, today)}",
        ]
        for p in people
    ]
    say(table(rows, indent=""))
    return 0


def _show(args: argparse.Namespace) -> int:
    with services(args) as svc:
        ref = svc.people.find(args.name, include_archived=True)
        detail = svc.people.detail(ref.id, timeline_limit=10)
        ties = svc.ties.ties_of(ref.id)
        groups = svc.ties.groups_of(ref.id)
        today = svc.ctx.today()
    if args.json:
        emit_json(
            {
                **detail.to_json(),
                "ties": [tie_json(t) for t in ties],
                "groups": [{"id": g.id, "name": g.name} for g in groups],
            }
        )
        return 0
    p = detail.summary
    title = p.name + (f" “{p.nickname}”" if p.nickname else "")
    say(f"{title}  (#{p.id}{', archived' if p.archived else ''})")
    if detail.organisation:
        say(f"  Organisation: {detail.organisation}")
    say(
        f"  {p.circle.value.capitalize()} circle, every {p.rhythm_days} days"
        + (" (own rhythm)" if p.rhythm_is_custom else "")
        + ("; someone you can lean on" if p.lean_on else "")
    )
    say(
        f"  Last seen in person {ago(p.last_in_person, today)}; last talked "
        f"{ago(p.last_talked, today)} — {state_words(p.tending)}"
    )
    if p.interests:
        shared = set(p.shared_interests)
        say(
            "  Interests: "
            + ", ".join(f"{t} *" if t in shared else t for t in p.interests)
            + ("   (* shared with you)" if shared else "")
        )
    for c in detail.contacts:
        say(f"  {c.kind.value.capitalize()}: {c.value}" + (f" ({c.label})" if c.label else ""))
    for d in detail.dates:
        turning = f", turns {d.turning}" if d.turning else ""
        say(
            f"  {d.kind.value.capitalize()}: {d.next_on.isoformat()} "
            f"(in {d.days_away} days{turning})"
        )
    if ties:
        say("  Ties: " + "; ".join(tie_words(t) for t in ties))
    if groups:
        say("  Groups: " + ", ".join(g.name for g in groups))
    if detail.notes:
        say("  Notes: " + detail.notes.replace("\n", "\n         "))
    open_items = [f for f in detail.follow_ups if f.is_open]
    for f in open_items:
        say(f"  Follow up: {f.text}")
    for m in detail.upcoming_meetups:
        when = m.local_day.isoformat() if m.local_day else "some day"
        say(f"  Planned: {m.title} — {when} (#{m.id})")
    if detail.interactions:
        say(f"  Recent ({detail.interaction_count} in all):")
        for i in detail.interactions:
            others = [r.name for r in i.people if r.id != p.id]
            with_text = f" with {', '.join(others)}" if others else ""
            say(f"    {i.on.isoformat()}  {i.mode.value:<9} {i.note[:60]}{with_text}")
    return 0


def _archive(args: argparse.Namespace) -> int:
    with services(args) as svc:
        ref = svc.people.find(args.name, include_archived=True)
        svc.people.set_archived(ref.id, args.archive)
    say(f"{'Archived' if args.archive else 'Restored'} {ref.name}.")
    return 0


def _edit(args: argparse.Namespace) -> int:
    circle = parse_circle(args.circle) if args.circle is not None else None
    rhythm = _parse_every(args.every) if args.every is not None else None
    if circle is None and rhythm is None and args.lean_on is None and args.organisation is None:
        print(
            "kith: say what to change: --circle, --every, --lean-on or --organisation",
            file=sys.stderr,
        )
        return 2
    with services(args) as svc:
        # Every name is resolved before anything is written: one unknown name, no change.
        refs = [svc.people.find(name, include_archived=True) for name in args.names]
        ids = list(dict.fromkeys(ref.id for ref in refs))
        svc.people.edit_people(
            ids,
            circle=circle,
            rhythm=rhythm,
            lean_on=args.lean_on,
            organisation=args.organisation,
        )
        people = svc.people.summaries(ids)
    if args.json:
        emit_json([p.to_json() for p in people])
        return 0
    for p in people:
        say(
            f"{p.name} (#{p.id}): {p.circle.value}, every {p.rhythm_days} days"
            + (" (own rhythm)" if p.rhythm_is_custom else "")
            + ("; someone you can lean on" if p.lean_on else "")
            + (
                f"; organisation: {args.organisation.strip() or 'none'}"
                if args.organisation is not None
                else ""
            )
        )
    return 0


def _parse_every(text: str) -> int | Literal["circle"]:
    if text.strip().lower() == "default":
        return "circle"
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            "every",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a number of days or “default”."),
            text,
            code="rhythm.not_days",
        ) from None


def _snooze(args: argparse.Namespace) -> int:
    with services(args) as svc:
        ref = svc.people.find(args.name)
        if args.until:
            until = parse_day(args.until, "until")
            svc.people.snooze(ref.id, until)
        else:
            until = svc.people.snooze_for(ref.id, args.days)
    say(f"{ref.name} is snoozed until {until.isoformat()}.")
    return 0
