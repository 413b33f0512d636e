from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kith.clock import FixedClock
from kith.services.app import Services
from kith.ui.shell.first_run import SampleData
from kith.ui.shell.main_window import MainWindow


def test_sample_data_lives_in_its_own_throwaway_database(
    qtbot: QtBot, clock: FixedClock, db_path: Path
) -> None:
    sample = SampleData.create(clock, people=20)
    folder = Path(sample.services.ctx.db.path).parent
    try:
        window = MainWindow(sample.services, sample=True)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.today.loaded):
            qtbot.waitUntil(lambda: window.loaded)
        assert "sample data" in window.windowTitle()
        assert window.today_stack.currentWidget() is window.today
        assert window.today.due_total > 0
        assert not db_path.exists()
        window.close()
    finally:
        sample.close()
    assert not folder.exists()


def test_try_with_sample_data_opens_a_labelled_window_and_cleans_up(
    qtbot: QtBot, services: Services, qapp: QApplication
) -> None:
    from kith.ui.shell.app import _Session

    session = _Session(qapp, services)
    session.open_sample()
    window = session.windows[-1]
    assert window.sample and "sample data" in window.windowTitle()
    folder = Path(window.services.ctx.db.path).parent
    assert folder.exists() and window.services.people.count() > 0
    assert services.people.count() == 0  # the user's own database is untouched
    window.close()
    qtbot.waitUntil(lambda: not folder.exists())
