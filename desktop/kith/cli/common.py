"""What several commands share: opening the services and resolving names."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kith.domain.errors import KithError

if TYPE_CHECKING:
    from kith.services.app import Services


@contextlib.contextmanager
def services(args: argparse.Namespace, *, repair: bool = True) -> Iterator[Services]:
    # A command is over in a moment; checking every page first (about 0.15 s for 5,000
    # people) means a damaged file is refused before anything is written to it.
    from kith.bootstrap import open_services  # SQLAlchemy only for the commands that open

    opened = open_services(args.db, args.clock, verify=True, repair=repair)
    if opened.ctx.db.repaired is not None:
        print(f"kith: {opened.ctx.db.repaired}", file=sys.stderr)
    try:
        opened.backups.daily_backup_if_due()
    except KithError as exc:  # a missed backup must not stop the command itself
        print(f"kith: no daily backup today: {exc}", file=sys.stderr)
    try:
        yield opened
    finally:
        opened.close()


def daily_backup_plain(path: Path, args: argparse.Namespace) -> None:
    """The daily backup as `services` makes it, for a command that opens the file
    without the services (`reads`, `log`)."""
    from kith.services.daily_backup import daily_backup_if_due

    clock = args.clock
    try:
        daily_backup_if_due(path, clock.now(), clock.zone())
    except KithError as exc:  # a missed backup must not stop the command itself
        print(f"kith: no daily backup today: {exc}", file=sys.stderr)


def person_ids(svc: Services, names: Sequence[str]) -> list[int]:
    return [svc.people.find(name).id for name in names]


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
