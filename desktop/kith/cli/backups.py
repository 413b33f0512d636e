"""`kith backup` and `kith restore`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kith.cli.common import services
from kith.cli.output import say
from kith.services.backups import restore_database
from kith.storage.paths import default_db_path


def register(sub: Any) -> None:
    backup = sub.add_parser(
        "backup",
        help="copy the database to a safe place",
        description="Without OUT, the copy goes into the backup folder "
        "beside the database (the newest ten are kept).",
    )
    backup.add_argument(
        "out", type=Path, nargs="?", metavar="OUT", help="file (or folder) for the copy"
    )
    backup.add_argument("--list", action="store_true", help="list the kept backups")
    backup.set_defaults(handler=_backup)
    restore = sub.add_parser(
        "restore",
        help="replace the database with a backup",
        description="The current database is kept as a backup first.",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace) -> int:
    with services(args) as svc:
        if args.list:
            kept = svc.backups.list()
            if not kept:
                say(f"No backups yet in {svc.backups.folder}.")
            for path in kept:
                say(str(path))
            return 0
        made = svc.backups.backup_to(args.out) if args.out else svc.backups.backup_now()
    say(f"Backed up to {made}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    # Works without opening the current database: it may be the damaged one.
    db_path = (args.db or default_db_path()).expanduser().absolute()
    result = restore_database(db_path, args.file, args.clock.now())
    with services(args) as svc:  # opening upgrades an older schema
        report = svc.health.check()
    say(f"Restored {result.restored_from} into {db_path}.")
    if result.previous_kept_at != db_path:
        say(f"The database it replaced is kept at {result.previous_kept_at}.")
    if report.healthy:
        say(
            f"It is healthy: {report.counts['person']:,} people, "
            f"{report.counts['interaction']:,} interactions, {report.counts['meetup']:,} "
            "meetups."
        )
        return 0
    say(f"It has {len(report.problems)} problem(s); run `kith check` for details.")
    return 3
