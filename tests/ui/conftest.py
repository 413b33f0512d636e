"""Real windows on a fresh database, with QSettings kept inside the test's folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, Mode
from kith.notify.base import NotifyError
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.system.autostart import XdgAutostart
from kith.ui.reminders.wiring import ReminderWiring, attach_reminders
from kith.ui.shell import database_name
from kith.ui.shell.main_window import MainWindow
from kith.ui.text import i18n
from tests.packaging.system_tools import ROOT_DIR


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QCoreApplication.setOrganizationName("Kith")
    QCoreApplication.setOrganizationDomain("kith.org")
    QCoreApplication.setApplicationName("Kith")
    folder = str(tmp_path / "qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _the_usual_database(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    """The test's own database stands for the usual one, so the window and the tray say
    plain "Kith" as most people see it; tests of a second database choose their own."""
    monkeypatch.setattr(database_name, "usual_db_path", lambda: db_path)


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    """A small circle: Ana overdue, Ben due, Chloé never met, Dana and Eli fine."""
    today = services.ctx.today()
    services.profile.set_interests(["climbing", "board games"])
    ids = {}
    for name, nickname, circle, interests in (
        ("Ana Silva", None, Circle.FRIENDS, ("climbing", "jazz")),
        ("Ben Okafor", None, Circle.FRIENDS, ("climbing",)),
        ("Chloé Martin", "Clo", Circle.CLOSE, ("pottery",)),
        ("Dana Wu", None, Circle.INNER, ("board games",)),
        ("Eli Berg", None, Circle.WIDER, ("sailing",)),
    ):
        ids[name.split()[0]] = services.people.add(
            PersonInput(name=name, nickname=nickname, circle=circle, interests=interests)
        ).id
    for name, days_ago in (("Ana", 40), ("Ben", 33), ("Dana", 2), ("Eli", 10)):
        services.interactions.log(
            [ids[name]],
            Mode.IN_PERSON,
            today - timedelta(days=days_ago),
            note=f"Coffee with {name}",
        )
    services.interactions.log([ids["Ana"]], Mode.CALL, today - timedelta(days=3))
    services.follow_ups.add(ids["Dana"], "Ask about the new job")
    return ids


def today_is_read(win: MainWindow) -> bool:
    return not win.today.loading and win.today.due_section.note.text() != "Gathering today…"


@contextmanager
def shown_window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The real main window, built by the app's own wiring, on screen with Today read."""
    from kith.ui.shell.app import build_main_window

    win = build_main_window(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.loaded and today_is_read(win))
    try:
        yield win
    finally:
        win.close()


class NoDesktop:
    """A desktop notification service that is never there: the tray message takes over."""

    name = "desktop notification"

    def send(self, title: str, body: str) -> None:
        raise NotifyError("no notification service here", code="notify.test")


@contextmanager
def wired_reminders(window: MainWindow, config: Path) -> Iterator[ReminderWiring]:
    """Tray and reminder loop attached to `window`, the loop not started."""
    wiring = attach_reminders(
        window,
        window.services,
        available=lambda: True,
        desktop=NoDesktop(),
        autostart=XdgAutostart(["kith"], config),
        start=False,
    )
    try:
        yield wiring
    finally:
        wiring.loop.stop()
        wiring.tray.icon.hide()


@pytest.fixture
def wired(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> Iterator[tuple[MainWindow, ReminderWiring]]:
    """The test module's window with the tray and reminder loop attached."""
    with wired_reminders(window, tmp_path / "config") as wiring:
        yield window, wiring


@pytest.fixture
def window(qtbot: QtBot, services: Services, people: dict[str, int]) -> Iterator[MainWindow]:
    with shown_window(qtbot, services) as win:
        yield win


@pytest.fixture
def empty_window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    with shown_window(qtbot, services) as win:
        yield win


CATALOGUES = ROOT_DIR / "resources" / "translations"


@pytest.fixture(scope="session")
def indonesian_resources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resources folder with the shipped kith_id.ts compiled, once a session (tests only
    read it)."""
    root = tmp_path_factory.mktemp("resources")
    folder = root / "translations"
    folder.mkdir()
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
         str(CATALOGUES / "kith_id.ts"), "-qm", str(folder / "kith_id.qm")],
        check=True,
    )  # fmt: skip
    return root


@pytest.fixture
def indonesian(
    qapp: QApplication, indonesian_resources: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The shipped Indonesian catalogue installed as a user choosing Indonesian would."""
    monkeypatch.setenv("KITH_RESOURCES", str(indonesian_resources))
    assert i18n.install_translators(qapp, "id") == "id"
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())
