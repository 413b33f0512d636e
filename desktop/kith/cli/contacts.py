"""`kith import-vcf` and `kith export-vcf`: contacts in and out as vCards."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kith.cli.common import add_json_flag, person_ids, services
from kith.cli.output import emit_json, say
from kith.domain.validation import parse_circle
from kith.domain.values import Circle, ContactKind
from kith.interchange.vcard_read import ContactCard
from kith.services.card_merge import MergedCard
from kith.services.contacts import ImportPreview, ImportResult, PossibleDuplicate


def register(sub: Any) -> None:
    imp = sub.add_parser(
        "import-vcf",
        help="add people from a vCard (.vcf) file",
        description="Adds everyone new in one go. A card already in Kith (the same UID, "
        "or for a card without one the same name and an e-mail or phone) is not added twice. "
        "A card that only shares a name, a phone or an e-mail with someone is listed as a "
        "possible duplicate and added as a new person unless --duplicates says otherwise.",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--dry-run", action="store_true", help="only show who would be added, matched or skipped"
    )
    imp.add_argument(
        "--circle",
        default=Circle.UNSORTED.value,
        help="circle for the people added (default: unsorted, to sort later)",
    )
    imp.add_argument(
        "--skip-organisations",
        action="store_true",
        help="leave out cards that describe an organisation (KIND:org, a company card, "
        "an ORG with no personal name)",
    )
    imp.add_argument(
        "--duplicates",
        choices=("add", "merge", "leave-out"),
        default="add",
        help="what to do with possible duplicates: add them as new people (default), merge "
        "each into the person it resembles, in Kith or an earlier card of the file (only "
        "what that person lacks is added; see who with --dry-run first), or leave them out",
    )
    imp.add_argument(
        "--include-nameless",
        action="store_true",
        help="also add cards with no name, under their e-mail or phone (left out by default)",
    )
    imp.add_argument(
        "--encoding",
        metavar="NAME",
        help="read the values that name no character set in this one "
        "(e.g. windows-1251, shift_jis) instead of UTF-8 or the one guessed",
    )
    add_json_flag(imp)
    imp.set_defaults(handler=_import)

    exp = sub.add_parser("export-vcf", help="write people to a vCard (.vcf) file")
    exp.add_argument("out", type=Path, metavar="OUT.vcf")
    exp.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help="only this person (repeat for more); default: everyone",
    )
    exp.add_argument(
        "--version",
        dest="vcard_version",
        choices=("3.0", "4.0"),
        default="3.0",
        help="vCard version (default 3.0, read by every program)",
    )
    exp.add_argument("--archived", action="store_true", help="include archived people")
    exp.set_defaults(handler=_export)


def _what(card: ContactCard) -> str:
    kinds = [c.kind for c in card.contacts]
    bits = []
    for kind, one, many in (
        (ContactKind.PHONE, "phone", "phones"),
        (ContactKind.EMAIL, "e-mail", "e-mails"),
        (ContactKind.ADDRESS, "address", "addresses"),
    ):
        count = kinds.count(kind)
        if count:
            bits.append(f"{count} {one if count == 1 else many}")
    if card.birthday:
        bits.append("birthday")
    return f" ({', '.join(bits)})" if bits else ""


def _report(preview: ImportPreview | ImportResult, dry_run: bool) -> None:
    if isinstance(preview, ImportPreview):
        adding = [(c.name, _what(c)) for c in preview.to_add]
    else:
        adding = [(p.name, "") for p in preview.added]
    verb = "Would add" if dry_run else "Added"
    if adding or preview.matched:  # else the line that says why nobody came is enough
        say(
            f"{verb} {len(adding):,} {'person' if len(adding) == 1 else 'people'}"
            + (":" if adding else ".")
        )
    for name, what in adding:
        say(f"  + {name}{what}")
    _report_duplicates(preview, dry_run)
    if preview.matched:
        say(f"Already in Kith, not added again: {len(preview.matched):,}")
        for m in preview.matched:
            say(
                f"  = {m.card.name}: matches {m.person.name} (#{m.person.id}) by {m.reason.message}"
            )
    if preview.skipped:
        say(f"Skipped: {len(preview.skipped):,}")
        for skip in preview.skipped:
            say(f"  - {skip.describe()}")
    for card in preview.to_add if isinstance(preview, ImportPreview) else ():
        for remark in card.remarks:
            say(f"  note: card {card.position} ({card.name}): {remark.message}")
    organisations = preview.organisations_left_out
    if organisations:
        verb = "Would leave out" if dry_run else "Left out"
        noun = "organisation" if organisations == 1 else "organisations"
        say(f"{verb} {organisations:,} {noun}:")
        for card in preview.left_out:
            if card.is_organisation:
                say(f"  ~ {card.name}")
    nameless = [card for card in preview.left_out if card.nameless]
    if nameless:
        verb = "Would leave out" if dry_run else "Left out"
        say(
            f"{verb} {len(nameless):,} {'card' if len(nameless) == 1 else 'cards'} with no name "
            "(add them with --include-nameless):"
        )
        for card in nameless:
            say(f"  ~ {card.name}")
    for notice in preview.notices:
        say(f"Note: {notice.message}")
    say(_summary(preview, dry_run))


_OUTCOMES = {"added as new": "added", "merged into them": "merged", "left out": "left-out"}


def _fate(duplicate: PossibleDuplicate, outcome: ImportPreview | ImportResult) -> str:
    position = duplicate.card.position
    if isinstance(outcome, ImportPreview):
        merged = {d.card.position for d in outcome.to_merge}
    else:
        merged = {m.card.position for m in outcome.merged}
    if position in merged:
        return "merged into them"
    if position in {c.position for c in outcome.left_out}:
        return "left out"
    return "added as new"


def _report_duplicates(outcome: ImportPreview | ImportResult, dry_run: bool) -> None:
    if not outcome.duplicates:
        return
    say(f"Possible duplicates: {len(outcome.duplicates):,}")
    for d in outcome.duplicates:
        who = (
            f"card {d.person.id} ({d.person.name}) of this file"
            if d.in_file
            else f"{d.person.name} (#{d.person.id})"
        )
        fate = _fate(d, outcome)
        if dry_run:
            fate = "would be " + fate.replace("merged into them", "merged")
        say(f"  ? card {d.card.position} ({d.card.name}): like {who}, {d.reason.message}; {fate}")
    if isinstance(outcome, ImportResult):
        for m in outcome.merged:
            say(f"  > {m.card.name} into {m.person.name} (#{m.person.id}): {_merged_what(m)}")


def _merged_what(merged: MergedCard) -> str:
    bits = [f"added {c.value}" for c in merged.contacts_added]
    bits += [f"added the {field.value}" for field in merged.filled]
    bits += [f"kept their own {field.value}" for field in merged.kept]
    return ", ".join(bits) if bits else "nothing new"


def _counts(outcome: ImportPreview | ImportResult) -> dict[str, int]:
    """Added, already there, and what became of the possible duplicates."""
    duplicates = {d.card.position for d in outcome.duplicates}
    left_out = {c.position for c in outcome.left_out}
    if isinstance(outcome, ImportPreview):
        added, merged = len(outcome.to_add), len(outcome.to_merge)
    else:
        added, merged = len(outcome.added), len(outcome.merged)
    return {
        "added": added,
        "already_there": len(outcome.matched),
        "possible_duplicates": len(duplicates),
        "duplicates_added": len(duplicates - left_out) - merged,
        "duplicates_merged": merged,
        "duplicates_left_out": len(duplicates & left_out),
    }


def _summary(outcome: ImportPreview | ImportResult, dry_run: bool) -> str:
    counts = _counts(outcome)
    verb = "would be" if dry_run else "were"
    line = f"In all: {counts['added']:,} added, {counts['already_there']:,} already there"
    if not counts["possible_duplicates"]:
        return line + "."
    return (
        f"{line}; of {counts['possible_duplicates']:,} possible duplicates "
        f"{counts['duplicates_added']:,} {verb} added as new, "
        f"{counts['duplicates_merged']:,} merged, {counts['duplicates_left_out']:,} left out."
    )


def _nobody(outcome: ImportPreview | ImportResult, file: Path) -> str | None:
    """The line that says why a file gave no one at all, or None when it gave someone."""
    if isinstance(outcome, ImportPreview):
        gave = bool(outcome.to_add or outcome.to_merge)
    else:
        gave = bool(outcome.added or outcome.merged)
    # Possible duplicates left out were still read as people: the choice was the user's.
    if gave or outcome.matched or outcome.duplicates:
        return None
    nameless = sum(card.nameless for card in outcome.left_out)
    if nameless:
        return (
            f"Nobody to add from {file}: its {nameless:,} "
            f"{'card' if nameless == 1 else 'cards'} with no name were left out "
            "(add them with --include-nameless)."
        )
    if outcome.left_out:
        return f"Nobody to add from {file}: every card describes an organisation."
    return f"Nobody to add from {file}: no card in it could be read as a person."


def _import(args: argparse.Namespace) -> int:
    circle = parse_circle(args.circle)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r  {100 * done // max(total, 1):3d}%", end="", file=sys.stderr)

    with services(args) as svc:
        cards = svc.contacts.read_file(args.file, progress, encoding=args.encoding)
        plan = svc.contacts.preview_cards(cards, skip_organisations=args.skip_organisations)
        # A card with no name is often a shop or a number once called: only when asked.
        chosen = {c.position for c in cards.cards if args.include_nameless or not c.nameless}
        if args.duplicates == "leave-out":
            chosen -= {d.card.position for d in plan.duplicates}
        merge = (
            {
                d.card.position
                for d in plan.duplicates
                if d.card.position in chosen and (not d.in_file or d.person.id in chosen)
            }
            if args.duplicates == "merge"
            else set()
        )
        if args.dry_run:
            outcome: ImportPreview | ImportResult = svc.contacts.preview_cards(
                cards, chosen=chosen, skip_organisations=args.skip_organisations, merge=merge
            )
        else:
            outcome = svc.contacts.import_cards(
                cards,
                circle=circle,
                chosen=chosen,
                skip_organisations=args.skip_organisations,
                merge=merge,
                progress=progress,
            )
        if sys.stderr.isatty():
            print("\r", end="", file=sys.stderr)
    if args.json:
        added = (
            [c.name for c in outcome.to_add]
            if isinstance(outcome, ImportPreview)
            else [p.name for p in outcome.added]
        )
        emit_json(
            {
                "dry_run": args.dry_run,
                "added": added,
                "matched": [
                    {
                        "card": m.card.name,
                        "person": m.person.name,
                        "id": m.person.id,
                        "by": m.reason.message,
                    }
                    for m in outcome.matched
                ],
                "skipped": [
                    {"card": s.position, "name": s.name, "reason": s.reason.message}
                    for s in outcome.skipped
                ],
                "organisations_left_out": [c.name for c in outcome.left_out if c.is_organisation],
                "counts": _counts(outcome),
                "possible_duplicates": [
                    {
                        "card": d.card.position,
                        "name": d.card.name,
                        "like": d.person.name,
                        "like_id": None if d.in_file else d.person.id,
                        "like_card": d.person.id if d.in_file else None,
                        "by": d.reason.message,
                        "outcome": _OUTCOMES[_fate(d, outcome)],
                    }
                    for d in outcome.duplicates
                ],
                "nameless_left_out": [c.name for c in outcome.left_out if c.nameless],
                "notices": [notice.message for notice in outcome.notices],
            }
        )
    else:
        _report(outcome, args.dry_run)
    nobody = _nobody(outcome, args.file)
    if nobody is not None:
        print(nobody, file=sys.stderr)
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    with services(args) as svc:
        ids = person_ids(svc, args.person) if args.person else None
        count = svc.contacts.export_file(
            args.out, ids, version=args.vcard_version, include_archived=args.archived
        )
    say(
        f"Wrote {count:,} {'person' if count == 1 else 'people'} to {args.out} "
        f"(vCard {args.vcard_version})."
    )
    return 0
