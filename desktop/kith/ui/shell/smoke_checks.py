"""The Qt half of `kith --smoke-test`: Qt, the icon, the translations, the window."""

from __future__ import annotations

import sys

from kith import APP_ID
from kith.services.app import Services
from kith.smoke import Skipped, SmokeRun
from kith.ui.text import i18n


def run_qt_checks(run: SmokeRun, svc: Services, frozen: bool) -> None:
    """Qt, the app icon, the translations and the main window, on the services `svc`."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Kith")
    app.setDesktopFileName(APP_ID)

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
        from kith.ui.shell.app import build_main_window

        main_window = build_main_window(svc)
        main_window.show()
        for _ in range(5):
            app.processEvents()
        title = main_window.windowTitle()
        main_window.close()
        app.processEvents()
        # As the app does on quitting: Today's read and its snapshot's writes end before
        # the database closes (a write after it would land in a folder being removed).
        main_window.today.wait()
        app.processEvents()
        main_window.today.keeper.close_with(lambda: None)
        return f"built and shown on {app.platformName()}: “{title}”"

    def platform() -> str:
        from PySide6 import __version__ as pyside_version

        return f"{app.platformName()} platform, PySide6 {pyside_version}"

    run.check("Qt", platform)
    run.check("app icon", icon)
    run.check("translations", translations)
    run.check("main window", window)
