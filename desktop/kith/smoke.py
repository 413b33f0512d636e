"""`kith --smoke-test`: does this installed Kith work at all? One line per thing checked.

Runs against a throw-away data folder, so it never touches the user's data. Built to be run
on a frozen bundle or an installed package (CI, installers), where a missing migration
script, Qt plugin or resource file shows up here rather than in a user's hands.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kith import __version__

Check = Callable[[], str]


class Skipped(Exception):
    """A check that cannot apply here; its message says why."""


def say(line: str) -> None:
    # A windowed Windows build has no console (stdout is None); its exit status still tells.
    stream: TextIO | None = sys.stdout
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()


class SmokeRun:
    def __init__(self) -> None:
        self.failed = 0

    def check(self, what: str, step: Check) -> None:
        try:
            detail = step()
        except Skipped as why:
            say(f"skip  {what}: {why}")
            return
        except Exception as exc:  # the point is to report, not to crash
            self.failed += 1
            say(f"FAIL  {what}: {type(exc).__name__}: {exc}")
            return
        say(f"ok    {what}" + (f": {detail}" if detail else ""))


def run_smoke_test() -> int:
    """Exit status 0 only when every check passed (skips allowed)."""
    # Offscreen unless the caller asked for a platform (e.g. xcb, to see a real window).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = bool(getattr(sys, "frozen", False))
    say(
        f"Kith {__version__} smoke test ({'bundled' if frozen else 'from source'}, "
        f"Python {sys.version.split()[0]}, {sys.platform})"
    )
    run = SmokeRun()
    with tempfile.TemporaryDirectory(prefix="kith-smoke-") as folder:
        # Anything that looks up a default place (settings, data) lands in the temp folder.
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(Path(folder) / name.lower())
        os.environ["KITH_DB"] = str(Path(folder) / "kith.sqlite3")
        _run_checks(run, Path(folder), frozen)
    say("smoke test passed" if not run.failed else f"smoke test FAILED ({run.failed})")
    return 0 if not run.failed else 1


def _run_checks(run: SmokeRun, folder: Path, frozen: bool) -> None:
    from kith.bootstrap import open_services
    from kith.domain.values import Mode
    from kith.services.views import PersonInput
    from kith.storage.migrate import head_revision

    db_path = folder / "kith.sqlite3"
    opened = []

    def open_db() -> str:
        opened.append(open_services(db_path))
        return f"{db_path.name} created and migrated to revision {head_revision()}"

    run.check("database", open_db)
    if not opened:
        return
    svc = opened[0]
    try:

        def round_trip() -> str:
            seen = svc.people.add(PersonInput(name="Ayu Lestari"))
            never = svc.people.add(PersonInput(name="Budi Santoso"))
            svc.interactions.log([seen.id], Mode.IN_PERSON, note="coffee")
            due = {p.id for p in svc.tending.due().people}
            if seen.id in due or never.id not in due:
                raise AssertionError(f"due list is wrong: {sorted(due)}")
            return "added 2 people, logged a meeting in person, due list right"

        def health() -> str:
            report = svc.health.check()
            if not report.healthy:
                raise AssertionError("; ".join(report.problems))
            return f"healthy, {report.counts.get('person', 0)} people"

        def contacts_file() -> str:
            # The character set guess runs compiled code a bundle must carry along.
            from kith.interchange.vcard_read import read_vcards

            card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Иванов;Дмитрий\r\nNOTE:Коллега\r\nEND:VCARD\r\n"
            result = read_vcards(card.encode("cp1251"))
            if [c.name for c in result.cards] != ["Дмитрий Иванов"]:
                raise AssertionError(f"read as {result.encoding}: {result.cards}")
            return f"a vCard that names no character set read as {result.encoding}"

        run.check("services", round_trip)
        run.check("database check", health)
        run.check("contacts file", contacts_file)
        # By name: the smoke test sits below kith.cli, which starts it and must not depend on
        # kith.ui; the Qt checks live in kith.ui, the only place Qt may be imported.
        qt_checks = importlib.import_module("kith.ui.shell.smoke_checks")
        qt_checks.run_qt_checks(run, svc, frozen)
    finally:
        svc.close()
