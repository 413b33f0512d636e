"""A command loads what it needs and nothing else: `kith log` is typed many times a day."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from kith.cli.main import main
from kith.cli.parser import COMMAND_MODULES, COMMANDS


def test_every_command_is_found_under_the_module_that_registers_it() -> None:
    for module in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub)
        registered = set(sub.choices)
        assert registered == {c for c, m in COMMANDS.items() if m == module}, module


def test_kith_log_does_not_load_what_logging_does_not_need(tmp_path: Path) -> None:
    db = tmp_path / "kith.db"
    assert main(["--db", str(db), "person", "add", "Ana Lima"]) == 0
    code = (
        "import sys\n"
        "from kith.cli.main import main\n"
        f"code = main(['--db', {str(db)!r}, 'log', 'Ana Lima', '--note', 'tea'])\n"
        "assert code == 0, code\n"
        "unneeded = {'icalendar', 'vobject', 'alembic', 'kith.services.archive',\n"
        "    'kith.services.contacts', 'kith.services.calendar_export', 'kith.services.demo',\n"
        "    'kith.services.reminders', 'kith.services.today', 'kith.cli.contacts',\n"
        "    'kith.cli.remind', 'kith.interchange.vcard_read'}\n"
        "loaded = sorted(unneeded & set(sys.modules))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Logged in-person with Ana Lima" in done.stdout
    assert main(["--db", str(db), "person", "show", "Ana Lima"]) == 0


# Loaded by SQLAlchemy's own start, or by other commands and places; none of it answers
# who is due, what Today shows or logs a meetup.
NOT_FOR_READS_OR_LOG = {
    "asyncio.base_events",
    "email",
    "csv",
    "zipfile",
    "importlib.metadata._meta",
    "alembic",
    "icalendar",
    "vobject",
    "PySide6",
    "kith.services.archive",
    "kith.services.contacts",
    "kith.services.calendar_export",
    "kith.services.demo",
    "kith.services.reminders",
}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["due"], "Who to see in person"),
        (["due", "--json"], '"people"'),
        (["today"], "Worth seeing in person"),
        (["today", "--json"], '"due_total"'),
        (["log", "Ana Lima"], "Logged in-person with Ana Lima"),
    ],
)
def test_reads_and_log_skip_what_they_never_use(tmp_path: Path, args: list[str], said: str) -> None:
    db = tmp_path / "kith.db"
    assert main(["--db", str(db), "person", "add", "Ana Lima", "--circle", "inner"]) == 0
    code = (
        "import sys\n"
        "from kith.cli.main import main\n"
        f"code = main(['--db', {str(db)!r}, *{args!r}])\n"
        "assert code == 0, code\n"
        f"loaded = sorted(set({sorted(NOT_FOR_READS_OR_LOG)!r}) & set(sys.modules))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert said in done.stdout


@pytest.mark.parametrize(
    "args", [["due"], ["due", "--json"], ["today"], ["today", "--json", "--on", "2026-12-01"]]
)
def test_due_and_today_read_a_current_database_without_sqlalchemy(
    tmp_path: Path, args: list[str]
) -> None:
    db = tmp_path / "kith.db"
    assert main(["--db", str(db), "person", "add", "Ana Lima", "--circle", "inner"]) == 0
    assert main(["--db", str(db), "person", "add", "Ben Okafor", "--circle", "close"]) == 0
    code = (
        "import sys\n"
        "from kith.cli.main import main\n"
        f"code = main(['--db', {str(db)!r}, *{args!r}])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')\n"
        "    or m in ('kith.storage.schema', 'kith.storage.database', 'kith.services.app'))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Ana Lima" in done.stdout and "Ben Okafor" in done.stdout


def test_a_skipped_module_still_works_when_something_uses_it() -> None:
    code = (
        "import sys\n"
        "from kith.cli import deferred\n"
        "deferred.defer()\n"
        "import asyncio\n"
        "from importlib import metadata\n"
        "assert 'asyncio.base_events' not in sys.modules\n"
        "async def answer():\n"
        "    return 42\n"
        "waiting = answer()\n"
        "assert asyncio.iscoroutine(waiting)\n"
        "assert asyncio.run(waiting) == 42\n"
        "assert sys.modules['asyncio'].Future is asyncio.Future\n"
        "assert metadata.version('sqlalchemy').startswith('2.')\n"
        "import asyncio.subprocess\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_one_commands_help_and_mistakes_read_as_with_every_command_loaded() -> None:
    def parsed(command: str | None, args: list[str]) -> tuple[int, str]:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\nfrom kith.cli.parser import build_parser\n"
                f"build_parser({command!r}).parse_args({args!r})\n",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        return done.returncode, done.stdout + done.stderr

    for args in (["log", "--help"], ["log"], ["person", "merge", "--help"], ["remind", "--bad"]):
        assert parsed(args[0], args) == parsed(None, args), args


def test_the_command_is_found_past_every_spelling_of_the_global_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "log"  # a file named like a command is still the file
    assert main(["--db", str(db), "person", "add", "Ana Lima"]) == 0
    for args in (["--db", str(db)], [f"--db={db}"], ["--d", str(db)]):
        assert main([*args, "log", "Ana Lima"]) == 0
    assert capsys.readouterr().out.count("Logged in-person with Ana Lima") == 3
