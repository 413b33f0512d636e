"""`kith export-json` and `kith import-json`: everything in one documented JSON file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kith.cli.common import services
from kith.cli.output import say


def register(sub: Any) -> None:
    exp = sub.add_parser(
        "export-json",
        help="write everything to a JSON archive",
        description="The format is documented in ARCHIVE_FORMAT.md and versioned (format_version).",
    )
    exp.add_argument("out", type=Path, metavar="OUT.json")
    exp.set_defaults(handler=_export)
    imp = sub.add_parser("import-json", help="restore a JSON archive into an empty database")
    imp.add_argument("file", type=Path, metavar="IN.json")
    imp.set_defaults(handler=_import)


def _export(args: argparse.Namespace) -> int:
    with services(args) as svc:
        counts = svc.archive.export_file(args.out)
    say(
        f"Wrote {counts.people:,} people, {counts.interactions:,} interactions and "
        f"{counts.meetups:,} meetups to {args.out}."
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    with services(args) as svc:
        counts = svc.archive.import_file(args.file)
        where = svc.ctx.db.path
    say(
        f"Restored {counts.people:,} people, {counts.interactions:,} interactions and "
        f"{counts.meetups:,} meetups into {where}."
    )
    return 0
