"""Parsing `kith [--db PATH] [COMMAND ...]` and turning every failure into one clear line."""

from __future__ import annotations

import argparse
import importlib
import os
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kith import __version__
from kith.cli import deferred
from kith.clock import Clock, SystemClock
from kith.domain.errors import KithError
from kith.storage.errors import StorageError

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


def _command_word(args: list[str]) -> str | None:
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


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command; `clock` is the time every command sees (tests fix it; default: the
    system's)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    broken = _undecodable(args_list)
    if broken is not None:
        print(broken, file=sys.stderr)
        return 2
    args = _app_only(args_list)
    if args is None:
        command = _command_word(args_list)
        if command in COMMANDS:
            deferred.defer()  # a command, not the app: skip what SQLAlchemy loads unused
        args = build_parser(command).parse_args(args_list)
    args.clock = clock or SystemClock()
    try:
        if args.smoke_test:
            from kith.smoke import run_smoke_test

            return run_smoke_test()
        if args.command is None:
            return _open_app(args, args_list)
        handler: Handler = args.handler
        return handler(args)
    except StorageError as exc:
        print(f"kith: {exc}{_restore_hint(exc, args)}", file=sys.stderr)
        return 1
    except KithError as exc:
        print(f"kith: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kith: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a word.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"kith: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 1
    except Exception as exc:  # never show a user a traceback
        if os.environ.get("KITH_DEBUG"):
            raise
        print(
            f"kith: unexpected {type(exc).__name__}: {exc}. Set KITH_DEBUG=1 for details.",
            file=sys.stderr,
        )
        return 70


def _app_only(args: list[str]) -> argparse.Namespace | None:
    """`kith` or `kith --db PATH`: the app, parsed without importing every command (they
    pull in the services, which the window should not wait for). None: anything else."""
    db: str | None = None
    if len(args) == 1 and args[0].startswith("--db="):
        db = args[0].removeprefix("--db=")
    elif len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        db = args[1]
    elif args:
        return None
    if db == "":
        return None  # let the full parser explain
    return argparse.Namespace(db=None if db is None else Path(db), command=None, smoke_test=False)


def _undecodable(args: list[str]) -> str | None:
    """Bytes that are not UTF-8 arrive as lone surrogates; they could be neither stored
    nor printed, so say which argument it is before anything runs."""
    for number, arg in enumerate(args, start=1):
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in arg):
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return (
                f"kith: argument {number} (“{shown}”) is not valid UTF-8 text; "
                "check your terminal's encoding."
            )
    return None


def _restore_hint(exc: StorageError, args: argparse.Namespace) -> str:
    if exc.latest_backup is None:
        return ""
    backup = shlex.quote(str(exc.latest_backup))
    db = f" --db {shlex.quote(str(args.db))}" if args.db else ""
    return (
        f" The latest backup is {exc.latest_backup}; restore it with `kith{db} restore {backup}`."
    )


def _open_app(args: argparse.Namespace, argv: list[str]) -> int:
    try:
        from kith.ui.shell.app import run_app  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        print(f"kith: the desktop app cannot start: {exc}.", file=sys.stderr)
        return 1
    code: int = run_app(args.db, argv)
    return code
