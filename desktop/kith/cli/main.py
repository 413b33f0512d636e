"""Parsing `kith [--db PATH] [COMMAND ...]` and turning every failure into one clear line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

# `kith` alone opens the app, whose window should not wait for the parser, the clock or the
# error types: they are imported where a command (or a failure) needs them.
if TYPE_CHECKING:
    import argparse

    from kith.clock import Clock
    from kith.storage.errors import StorageError


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command; `clock` is the time every command sees (tests fix it; default: the
    system's)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    broken = _undecodable(args_list)
    if broken is not None:
        print(broken, file=sys.stderr)
        return 2
    app = _app_only(args_list)
    if app is not None:
        return _run(lambda: _open_app(app.db, args_list), app.db)
    from kith.cli import deferred
    from kith.cli.parser import COMMANDS, build_parser, command_word
    from kith.clock import SystemClock

    command = command_word(args_list)
    if command in COMMANDS:
        deferred.defer()  # a command, not the app: skip what SQLAlchemy loads unused
    args = build_parser(command).parse_args(args_list)
    args.clock = clock or SystemClock()
    return _run(lambda: _command(args, args_list), args.db)


def _command(args: argparse.Namespace, argv: list[str]) -> int:
    if args.smoke_test:
        from kith.smoke import run_smoke_test

        return run_smoke_test()
    if args.command is None:
        return _open_app(args.db, argv)
    code: int = args.handler(args)
    return code


def _run(work: Callable[[], int], db: Path | None) -> int:
    try:
        return work()
    except (KeyboardInterrupt, Exception) as exc:
        return _failed(exc, db)


def _failed(exc: BaseException, db: Path | None) -> int:
    """The failure as one line on stderr, and the exit status (never a traceback)."""
    from kith.domain.errors import KithError
    from kith.storage.errors import StorageError

    if isinstance(exc, StorageError):
        print(f"kith: {exc}{_restore_hint(exc, db)}", file=sys.stderr)
        return 1
    if isinstance(exc, KithError):
        print(f"kith: {exc}", file=sys.stderr)
        return 1
    if isinstance(exc, KeyboardInterrupt):
        print("kith: stopped.", file=sys.stderr)
        return 130
    if isinstance(exc, BrokenPipeError):
        # Output piped into `head` and the like: not an error worth a word.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"kith: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 1
    if os.environ.get("KITH_DEBUG"):
        raise exc
    print(
        f"kith: unexpected {type(exc).__name__}: {exc}. Set KITH_DEBUG=1 for details.",
        file=sys.stderr,
    )
    return 70


def _app_only(args: list[str]) -> SimpleNamespace | None:
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
    return SimpleNamespace(db=None if db is None else Path(db))


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


def _restore_hint(exc: StorageError, db: Path | None) -> str:
    if exc.latest_backup is None:
        return ""
    import shlex

    backup = shlex.quote(str(exc.latest_backup))
    where = f" --db {shlex.quote(str(db))}" if db else ""
    return (
        f" The latest backup is {exc.latest_backup}; "
        f"restore it with `kith{where} restore {backup}`."
    )


def _open_app(db: Path | None, argv: list[str]) -> int:
    try:
        from kith.ui.shell.app import run_app  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        print(f"kith: the desktop app cannot start: {exc}.", file=sys.stderr)
        return 1
    code: int = run_app(db, argv)
    return code
