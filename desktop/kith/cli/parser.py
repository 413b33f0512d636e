"""The `kith` parser: every command's module registers its own, loaded only when wanted."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from kith import __version__

# Each module adds its commands with `register(subparsers)`; a handler takes the parsed args.
# Keyed by command, so one command imports only its own module (and what that needs).
COMMANDS = {
    "person": "kith.cli.people",
    "me": "kith.cli.me",
    "log": "kith.cli.log",
    "plan": "kith.cli.plans",
    "plans": "kith.cli.plans",
    "done": "kith.cli.plans",
    "cancel": "kith.cli.plans",
    "due": "kith.cli.due",
    "today": "kith.cli.today",
    "demo": "kith.cli.demo",
    "check": "kith.cli.check",
    "export-ics": "kith.cli.calendar",
    "import-vcf": "kith.cli.contacts",
    "export-vcf": "kith.cli.contacts",
    "export-json": "kith.cli.archive",
    "import-json": "kith.cli.archive",
    "backup": "kith.cli.backups",
    "restore": "kith.cli.backups",
    "remind": "kith.cli.remind",
    "tie": "kith.cli.ties",
    "untie": "kith.cli.ties",
    "group": "kith.cli.ties",
    "sync": "kith.cli.sync",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"kith: {message} (see `kith --help`)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with a known `command`, only that command's module is loaded
    (its help and errors read the same, and `kith --help` builds everything)."""
    parser = _Parser(
        prog="kith",
        description="Tend the relationships that matter. With no command, opens the app.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="database file (default: $KITH_DB or the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"Kith {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that this installation works, using throw-away data",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


class _NotPlain(Exception):
    pass


class _CommandFinder(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotPlain(message)


def command_word(args: list[str]) -> str | None:
    """The command in `args`, found with the same global options as `build_parser` (so
    `--db PATH` and its abbreviations are read alike); None if unclear."""
    finder = _CommandFinder(add_help=False, allow_abbrev=True)
    finder.add_argument("--db")
    finder.add_argument("-h", "--help", action="store_true")
    finder.add_argument("--version", action="store_true")
    finder.add_argument("--smoke-test", action="store_true")
    finder.add_argument("command", nargs="?")
    try:
        found, _rest = finder.parse_known_args(args)
    except _NotPlain:
        return None
    if found.help or found.version:
        return None
    command: str | None = found.command
    return command
