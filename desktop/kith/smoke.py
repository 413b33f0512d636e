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

from kith import APP_ID, __version__

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

        run.check("services", round_trip)
        run.check("database check", health)
        _run_qt_checks(run, svc, frozen)
    finally:
        svc.close()


def _run_qt_checks(run: SmokeRun, svc: object, frozen: bool) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Kith")
    app.setDesktopFileName(APP_ID)
    # By name, like the GUI below: the smoke test sits above every layer (it checks the whole
    # app), while kith.cli, which starts it, must not depend on kith.ui.
    i18n = importlib.import_module("kith.ui.text.i18n")

    def icon() -> str:
        from PySide6.QtSvg import QSvgRenderer

        path = i18n.translations_dir().parent / "icons" / f"{APP_ID}.svg"
        if not QSvgRenderer(str(path)).isValid():
            raise AssertionError(f"cannot draw {path}")
        return str(path)

    def translations() -> str:
        compiled = sorted(p.name for p in i18n.translations_dir().glob("kith_*.qm"))
        if not compiled and not frozen:
            raise Skipped("no compiled .qm files here; `make translations` builds them")
        if "kith_id.qm" not in compiled:
            raise AssertionError(f"kith_id.qm missing from {i18n.translations_dir()}")
        if i18n.install_translators(app, "id") != "id":
            raise AssertionError("the Indonesian translation did not load")
        said = QCoreApplication.translate("Language", "Same as the system")
        if said == "Same as the system":
            raise AssertionError("loaded, but a known string is still in English")
        return f"{', '.join(compiled)}; Indonesian says “{said}”"

    def window() -> str:
        try:
            gui = importlib.import_module("kith.ui.shell.app")
        except ImportError:
            gui = None
        build = getattr(gui, "build_main_window", None)
        if build is None:
            raise Skipped("the GUI module (kith.ui.shell.app.build_main_window) is absent")
        main_window = build(svc)
        main_window.show()
        for _ in range(5):
            app.processEvents()
        title = main_window.windowTitle()
        main_window.close()
        app.processEvents()
        return f"built and shown on {app.platformName()}: “{title}”"

    def platform() -> str:
        from PySide6 import __version__ as pyside_version

        return f"{app.platformName()} platform, PySide6 {pyside_version}"

    run.check("Qt", platform)
    run.check("app icon", icon)
    run.check("translations", translations)
    run.check("main window", window)
