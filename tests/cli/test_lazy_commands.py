"""A command loads what it needs and nothing else: `kith log` is typed many times a day."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from kith.cli.main import COMMAND_MODULES, COMMANDS, main


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


def test_one_commands_help_and_mistakes_read_as_with_every_command_loaded() -> None:
    def parsed(command: str | None, args: list[str]) -> tuple[int, str]:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\nfrom kith.cli.main import build_parser\n"
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
