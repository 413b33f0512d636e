"""`kith person merge KEEP OTHER`: two people become one, the way the People place does it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kith.cli.common import add_json_flag, services
from kith.cli.output import emit_json, say
from kith.domain.merging import MergeField, Side
from kith.services.merging import Combined

# What the command line calls each field: the GUI's words, lower-case and with dashes.
_FIELD_WORDS = {field: field.name.lower().replace("_", "-") for field in MergeField}


def register_merge(verbs: Any) -> None:
    merge = verbs.add_parser(
        "merge",
        help="make two people one: KEEP stays, with everything of OTHER added",
        description=(
            "KEEP keeps their id and, where the two differ, their values (or OTHER's where "
            "KEEP has none); OTHER's interactions, meetups, follow-ups, dates, interests and "
            "ways to reach them move to KEEP, and OTHER is gone. A merge made here cannot be "
            "undone, so this asks first unless --yes is given."
        ),
    )
    merge.add_argument("keep", metavar="KEEP", help="NAME or #ID of the person who stays")
    merge.add_argument("other", metavar="OTHER", help="NAME or #ID of the person merged in")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        choices=sorted(_FIELD_WORDS.values()),
        metavar="FIELD",
        help="use OTHER's value of this field: " + ", ".join(_FIELD_WORDS.values()),
    )
    merge.add_argument(
        "--both-notes",
        action="store_true",
        help="keep both people's notes, KEEP's first (instead of choosing one)",
    )
    merge.add_argument("--yes", action="store_true", help="merge without asking")
    add_json_flag(merge)
    merge.set_defaults(handler=_merge)


def combined_words(combined: Combined) -> str:
    parts = [
        (combined.interactions, "interaction", "interactions"),
        (combined.meetups, "meetup", "meetups"),
        (combined.follow_ups, "follow-up", "follow-ups"),
        (combined.dates, "date", "dates"),
        (combined.interests, "interest", "interests"),
        (combined.phones, "phone", "phones"),
        (combined.emails, "e-mail", "e-mails"),
        (combined.addresses, "address", "addresses"),
        (combined.ties, "tie", "ties"),
        (combined.groups, "group", "groups"),
    ]
    said = [f"{n} {one if n == 1 else many}" for n, one, many in parts if n]
    return ", ".join(said) if said else "nothing else"


def _merge(args: argparse.Namespace) -> int:
    choices = {field: Side.OTHER for field, word in _FIELD_WORDS.items() if word in args.take}
    if args.both_notes:
        choices[MergeField.NOTES] = Side.BOTH
    with services(args) as svc:
        # Both names are resolved, and the pair checked, before anything is asked or written.
        keep = svc.people.find(args.keep, include_archived=True)
        other = svc.people.find(args.other, include_archived=True)
        preview = svc.merging.preview(keep.id, other.id, choices)
        plan = f"Merge {other.name} (#{other.id}) into {keep.name} (#{keep.id})"
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    f"kith: {plan}? This cannot be undone here: add --yes to merge.",
                    file=sys.stderr,
                )
                return 2
            answer = input(f"{plan}, keeping {combined_words(preview.combined)}? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                say("Nothing merged.")
                return 1
        svc.merging.merge(keep.id, other.id, choices)
        person = svc.people.summary(keep.id)
    if args.json:
        emit_json({"person": person.to_json(), "merged": {"id": other.id, "name": other.name}})
    else:
        say(
            f"Merged {other.name} (#{other.id}) into {person.name} (#{person.id}): "
            f"{combined_words(preview.combined)}."
        )
    return 0
