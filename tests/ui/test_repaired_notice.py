"""Opening a database Kith had to repair tells the user in the window, without blocking it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.services.app import Services
from kith.storage.database import open_database
from tests.ui.conftest import today_is_read


@pytest.fixture
def repaired(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    open_database(db_path).close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE VIEW everyone AS SELECT * FROM person")
    svc = open_services(db_path, clock)
    yield svc
    svc.close()


def test_the_repair_is_shown_over_a_working_window(
    qtbot: QtBot, repaired: Services, db_path: Path
) -> None:
    from kith.ui.shell.app import _tell_repaired, build_main_window

    notice = repaired.ctx.db.repaired
    assert notice is not None
    win = build_main_window(repaired)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.loaded and today_is_read(win))
    _tell_repaired(win, notice)
    box = win.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert str(db_path) in box.text() and "(everyone)" in box.text()
    assert "before-repair" in box.text()  # where the file as it was is kept
    assert box.windowModality() == Qt.WindowModality.NonModal
    box.accept()
    win.close()
