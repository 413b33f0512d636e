"""`kith remind`: simulate reminders over a span, deliver what is due now, or send a test."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from kith.cli.common import add_json_flag, services
from kith.cli.output import emit_json, say
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.validation import parse_moment
from kith.notify.base import NotifierChain
from kith.notify.desktop import DesktopNotifier

TEST_TITLE = "Kith is working"
TEST_TEXT = "This is how a reminder from Kith looks."


def register(sub: Any) -> None:
    remind = sub.add_parser(
        "remind",
        help="reminders: --dry-run over a span, --now to deliver what is due, --test",
    )
    what = remind.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--dry-run",
        action="store_true",
        help="list every reminder from --from to --to; record nothing",
    )
    what.add_argument("--now", action="store_true", help="deliver what is due now")
    what.add_argument("--test", action="store_true", help="send one test notification")
    remind.add_argument(
        "--from",
        dest="start",
        metavar="'YYYY-MM-DD HH:MM'",
        help="start of the simulated span (local time)",
    )
    remind.add_argument(
        "--to",
        dest="end",
        metavar="'YYYY-MM-DD HH:MM'",
        help="end of the simulated span (local time)",
    )
    add_json_flag(remind)
    remind.set_defaults(handler=_remind)


def desktop_chain() -> NotifierChain:
    """What the command line can reach: the system's notifications (no tray, no window)."""
    # The reasons a backend failed are printed below; keep the log from saying them twice.
    logging.getLogger("kith.notify").addHandler(logging.NullHandler())
    return NotifierChain([DesktopNotifier()])


def _remind(args: argparse.Namespace) -> int:
    if args.test:
        return _test(args)
    if args.now:
        return _now(args)
    return _dry_run(args)


def _dry_run(args: argparse.Namespace) -> int:
    if not args.start or not args.end:
        raise ValidationError(
            "from",
            QT_TRANSLATE_NOOP(
                "Errors",
                "A dry run needs --from and --to, like "
                "--from '2026-11-22 00:00' --to '2026-11-29 00:00'.",
            ),
            code="remind.dry_run.span",
        )
    with services(args) as svc:
        zone = svc.ctx.clock.zone()
        start = parse_moment(args.start, "from").replace(tzinfo=zone)
        end = parse_moment(args.end, "to").replace(tzinfo=zone)
        found = svc.reminders.simulate(start, end)
    if args.json:
        emit_json(
            [
                {
                    "at": d.at.astimezone(zone).isoformat(),
                    "key": d.key,
                    "kind": d.kind.value,
                    "title": d.title,
                    "text": d.text,
                }
                for d in found
            ]
        )
        return 0
    if not found:
        say("No reminders in that span.")
        return 0
    for d in found:
        say(f"{d.at.astimezone(zone):%Y-%m-%d %H:%M}  {d.kind.value:<8}  {d.title}")
        for line in d.text.splitlines():
            say(f"    {line}")
    return 0


def _now(args: argparse.Namespace) -> int:
    chain = desktop_chain()
    with services(args) as svc:
        done = svc.reminders.deliver_due(chain.deliver)
    if args.json:
        emit_json(
            {
                "sent": [
                    {"key": s.delivery.key, "title": s.delivery.title, "by": s.by}
                    for s in done.sent
                ],
                "failed": [
                    {"key": f.delivery.key, "title": f.delivery.title, "reason": f.reason}
                    for f in done.failed
                ],
            }
        )
    else:
        for s in done.sent:
            say(f"Delivered by {s.by}: {s.delivery.title}")
        for f in done.failed:
            say(f"Not delivered: {f.delivery.title} — {f.reason}")
        if not done.sent and not done.failed:
            say("Nothing is due right now.")
    return 1 if done.failed else 0


def _test(args: argparse.Namespace) -> int:
    """One notification like the digest, naming the first person due, with its actions."""
    from kith.ui.reminders.sample import send_sample  # Qt only when a test is sent

    with services(args) as svc:
        due = svc.reminders.people_to_see()
    first = (due[0].id, due[0].name) if due else None
    desktop_chain()  # the log stays quiet: failures are printed below
    by, how = send_sample(TEST_TITLE, TEST_TEXT, first)  # NotDelivered: one line on stderr
    if args.json:
        emit_json({"delivered": True, "by": by, "how": how})
    else:
        say(f"Test reminder delivered by {by} ({how}).")
    return 0
