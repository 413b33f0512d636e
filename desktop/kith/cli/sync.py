"""`kith sync`: choose the sync folder, name this device, run a round, see the state."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from kith.cli.common import add_json_flag, services
from kith.cli.output import emit_json, say
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.services.sync import SyncStatus
from kith.services.sync_identity import COPIED


def register(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help="share your people with your other computers through a synced folder",
        description="Pick a folder your file-sync tool (Syncthing, Nextcloud, Dropbox, "
        "a USB stick…) keeps the same on your computers; each Kith writes only its own "
        "changes there and reads the others'. With no option, shows the status.",
    )
    sync.add_argument("--folder", type=Path, metavar="PATH", help="sync through this folder")
    sync.add_argument("--stop", action="store_true", help="stop syncing (the folder is kept)")
    sync.add_argument("--name", metavar="NAME", help="this computer's name, as others see it")
    sync.add_argument("--now", action="store_true", help="run one sync round now")
    sync.add_argument("--status", action="store_true", help="devices, last round, conflicts")
    sync.add_argument(
        "--use",
        type=int,
        metavar="N",
        help="keep the other value of conflict N (as numbered by --status) on every device",
    )
    add_json_flag(sync)
    sync.set_defaults(handler=_sync)


def _sync(args: argparse.Namespace) -> int:
    with services(args) as svc:
        if args.stop:
            svc.sync.choose_folder(None)
            say("Sync is off; the folder and its logs are left as they are.")
        if args.folder is not None:
            svc.sync.choose_folder(args.folder)
            say(f"Syncing through {svc.sync.folder}.")
        if args.name is not None:
            svc.sync.rename(args.name)
            say(f"This computer is called “{svc.sync.device()[1]}”.")
        if args.use is not None:
            conflicts = svc.sync.conflicts()
            if not 1 <= args.use <= len(conflicts):
                raise ValidationError(
                    "use",
                    QT_TRANSLATE_NOOP(
                        "Errors", "There is no conflict %1; kith sync --status lists them."
                    ),
                    args.use,
                    code="sync.conflict.missing",
                )
            chosen = conflicts[args.use - 1]
            svc.sync.use_value(chosen)
            say(f"Kept {chosen.value!r} for {chosen.field}.")
        if args.now:
            report = svc.sync.run_round()
            if args.json and not args.status:
                emit_json(
                    {
                        "sent": report.sent,
                        "received": report.received,
                        "from": list(report.devices),
                        "conflicts": report.conflicts,
                        "damaged_lines": report.damaged_lines,
                        "seconds": round(report.seconds, 3),
                    }
                )
            else:
                came = f" from {', '.join(report.devices)}" if report.devices else ""
                say(f"Sent {report.sent:,} changed records; received {report.received:,}{came}.")
                if report.conflicts:
                    say(f"{report.conflicts:,} values were changed on two devices: see --status.")
                if report.damaged_lines:
                    say(f"{report.damaged_lines:,} unreadable lines in the logs were left out.")
        quiet = (
            args.folder is not None
            or args.name is not None
            or args.now
            or args.stop
            or args.use is not None
        )
        if args.status or not quiet:
            status = svc.sync.status()
            if args.json:
                emit_json(_status_json(status))
            else:
                _say_status(status, args.clock.now())
            if status.new_identity is not None:
                svc.sync.told_new_identity()  # said once
    return 0


def _when(at: datetime | None) -> str | None:
    return None if at is None else at.isoformat()


def _status_json(status: SyncStatus) -> dict[str, object]:
    return {
        "folder": None if status.folder is None else str(status.folder),
        "device": status.device,
        "name": status.name,
        "last_round": _when(status.last_round),
        "database_warning": status.database_warning,
        "new_identity": None
        if status.new_identity is None
        else {"former": status.new_identity.former, "reason": status.new_identity.reason},
        "devices": [
            {
                "device": d.device,
                "name": d.name,
                "heard_at": _when(d.heard_at),
                "latest_change": _when(d.latest_change),
                "has_seen_mine": d.has_seen_mine,
            }
            for d in status.devices
        ],
        "conflicts": [
            {
                "record": c.record,
                "kind": c.kind,
                "field": c.field,
                "value": c.value,
                "kept": c.winner,
                "changed_at": c.changed_at.isoformat(),
                "device": c.device,
            }
            for c in status.conflicts
        ],
    }


def _ago(at: datetime | None, now: datetime) -> str:
    if at is None:
        return "never"
    minutes = int((now - at).total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 120:
        return f"{minutes} minutes ago"
    return f"{minutes // 60} hours ago"


def _say_status(status: SyncStatus, now: datetime) -> None:
    say(f"This computer: {status.name} ({status.device})")
    say(f"Sync folder: {status.folder or 'none chosen (kith sync --folder PATH)'}")
    say(f"Last round: {_ago(status.last_round, now)}")
    if status.new_identity is not None:
        why = (
            "it is a copy of a database that synced elsewhere (another computer or file)"
            if status.new_identity.reason == COPIED
            else "the sync folder holds changes under its device id that it never made "
            "(another copy of it syncs too, or this is an older backup of it put back)"
        )
        say(
            f"This database now syncs as a new device, since {why}. Everything the "
            f"former device {status.new_identity.former} shared is kept."
        )
    if status.database_warning:
        say(
            "Warning: the database looks to be inside a synced folder "
            f"({status.database_warning}); a sync tool can copy it mid-write. "
            "Keep it outside and sync through --folder."
        )
    for d in status.devices:
        seen = "has seen all of this computer's changes" if d.has_seen_mine else "not yet seen all"
        say(f"  {d.name}: heard from {_ago(d.heard_at, now)}; {seen}")
    if not status.devices:
        say("No other computer heard from yet.")
    if status.conflicts:
        say(f"Changed on two devices ({len(status.conflicts):,}):")
        for number, c in enumerate(status.conflicts, start=1):
            say(
                f"  {number}. {c.kind} {c.record} {c.field}: kept {c.winner!r}, "
                f"other value {c.value!r} (kith sync --use {number} keeps it)"
            )
