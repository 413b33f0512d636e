"""`kith tie`, `kith untie` and `kith group add|list|show|rename|remove`: who is tied to
whom, and groups."""

from __future__ import annotations

import argparse
from typing import Any

from kith.cli.common import add_json_flag, person_ids, services
from kith.cli.output import emit_json, say
from kith.domain.ties import TieKind, parse_tie_kind
from kith.services.ties import GroupView, TieView

# What the other person is to someone, as `person show` says it.
KIND_WORDS = {
    TieKind.PARTNER: "partner",
    TieKind.PARENT: "parent",
    TieKind.CHILD: "child",
    TieKind.SIBLING: "sibling",
    TieKind.FAMILY: "family",
    TieKind.FRIENDS: "friend",
    TieKind.COLLEAGUES: "colleague",
    TieKind.KNOW: "knows them",
}


def register(sub: Any) -> None:
    tie = sub.add_parser("tie", help="say how two people are tied (one tie per pair)")
    tie.add_argument("person", metavar="A")
    tie.add_argument("other", metavar="B")
    tie.add_argument(
        "--as",
        dest="kind",
        required=True,
        metavar="KIND",
        help="A is B's: " + ", ".join(kind.value for kind in TieKind),
    )
    tie.add_argument(
        "--note", help="how they are tied, e.g. “met at university” (default: as it was)"
    )
    add_json_flag(tie)
    tie.set_defaults(handler=_tie)

    untie = sub.add_parser("untie", help="remove the tie between two people")
    untie.add_argument("person", metavar="A")
    untie.add_argument("other", metavar="B")
    untie.set_defaults(handler=_untie)

    group = sub.add_parser("group", help="add, list, show, rename and remove groups of people")
    verbs = group.add_subparsers(
        dest="verb", metavar="VERB", required=True, parser_class=type(group)
    )
    add = verbs.add_parser("add", help="a new group")
    add.add_argument("name")
    add.add_argument("--with", dest="members", action="append", default=[], metavar="NAME")
    add_json_flag(add)
    add.set_defaults(handler=_group_add)
    lst = verbs.add_parser("list", help="every group and who is in it")
    add_json_flag(lst)
    lst.set_defaults(handler=_group_list)
    show = verbs.add_parser("show", help="one group and who is in it")
    show.add_argument("name")
    add_json_flag(show)
    show.set_defaults(handler=_group_show)
    rename = verbs.add_parser("rename", help="give a group another name")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    add_json_flag(rename)
    rename.set_defaults(handler=_group_rename)
    remove = verbs.add_parser("remove", help="remove a group (its people stay)")
    remove.add_argument("name")
    remove.set_defaults(handler=_group_remove)


def tie_json(tie: TieView) -> dict[str, object]:
    return {"id": tie.other.id, "name": tie.other.name, "kind": tie.kind.value, "note": tie.note}


def group_json(group: GroupView) -> dict[str, object]:
    return {
        "id": group.id,
        "name": group.name,
        "members": [{"id": m.id, "name": m.name} for m in group.members],
    }


def tie_words(tie: TieView) -> str:
    note = f" — {tie.note}" if tie.note else ""
    return f"{tie.other.name} ({KIND_WORDS[tie.kind]}){note}"


def _tie(args: argparse.Namespace) -> int:
    kind = parse_tie_kind(args.kind)
    with services(args) as svc:
        person, other = svc.people.find(args.person), svc.people.find(args.other)
        before = svc.ties.tie(person.id, other.id, kind, args.note)
        shown = next(t for t in svc.ties.ties_of(other.id) if t.other.id == person.id)
    if args.json:
        emit_json({"other": {"id": other.id, "name": other.name}, **tie_json(shown)})
        return 0
    if kind == TieKind.KNOW:
        fact = f"{person.name} and {other.name} know each other"
    else:
        fact = f"{person.name} is {other.name}'s {KIND_WORDS[kind]}"
    say(f"{'Now' if before is None else 'Changed: now'} {fact}.")
    return 0


def _untie(args: argparse.Namespace) -> int:
    with services(args) as svc:
        person, other = svc.people.find(args.person), svc.people.find(args.other)
        removed = svc.ties.untie(person.id, other.id)
    a, b = person.name, other.name
    say(f"{a} and {b} are no longer tied." if removed else f"{a} and {b} were not tied.")
    return 0


def _group_add(args: argparse.Namespace) -> int:
    with services(args) as svc:
        group = svc.ties.add_group(args.name, person_ids(svc, args.members))
    if args.json:
        emit_json(group_json(group))
    else:
        who = ", ".join(m.name for m in group.members) or "nobody yet"
        say(f"Added the group {group.name} (#{group.id}): {who}.")
    return 0


def _group_list(args: argparse.Namespace) -> int:
    with services(args) as svc:
        groups = svc.ties.groups()
    if args.json:
        emit_json([group_json(g) for g in groups])
        return 0
    if not groups:
        say("No groups yet. Add one with `kith group add NAME --with A --with B`.")
    for g in groups:
        say(f"{g.name}: " + (", ".join(m.name for m in g.members) or "nobody"))
    return 0


def _group_show(args: argparse.Namespace) -> int:
    with services(args) as svc:
        group = svc.ties.find_group(args.name)
    if args.json:
        emit_json(group_json(group))
        return 0
    say(f"{group.name} (#{group.id})")
    if not group.members:
        say("  Nobody yet. Add someone with `kith group add` or from their page in the app.")
    for member in group.members:
        say(f"  {member.name} (#{member.id})")
    return 0


def _group_rename(args: argparse.Namespace) -> int:
    with services(args) as svc:
        group = svc.ties.find_group(args.old)
        before = svc.ties.rename_group(group.id, args.new)
        renamed = svc.ties.group(group.id)
    if args.json:
        emit_json(group_json(renamed))
    else:
        say(f"Renamed the group {before} to {renamed.name}.")
    return 0


def _group_remove(args: argparse.Namespace) -> int:
    with services(args) as svc:
        group = svc.ties.find_group(args.name)
        svc.ties.remove_group(group.id)
    stay = len(group.members)
    people = "nobody was in it" if stay == 0 else f"its {stay} {_people(stay)} stay in Kith"
    say(f"Removed the group {group.name} ({people}).")
    return 0


def _people(count: int) -> str:
    return "person" if count == 1 else "people"
