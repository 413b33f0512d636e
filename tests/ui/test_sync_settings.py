"""Settings → Sync: choosing the folder brings the other computer's people, and says when."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.services.views import PersonInput
from kith.system.autostart import XdgAutostart
from kith.ui.dialogs.settings import SettingsDialog
from kith.ui.dialogs.sync_settings import SyncSettings
from tests.services.sync_devices import Device


def test_choosing_the_folder_syncs_and_says_with_whom(
    services: Services,
    migrated_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "Sync"
    desktop = Device(migrated_template, tmp_path / "desktop", "Desktop", folder)
    try:
        desktop.svc.people.add(PersonInput("Ana from the desktop"))
        desktop.sync()
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder))
        )
        widget = SyncSettings(services)
        qtbot.addWidget(widget)
        assert widget.status.text().startswith("Off")
        assert not widget.sync_button.isEnabled()
        with qtbot.waitSignal(widget.round.finished, timeout=30_000):
            qtbot.mouseClick(widget.choose_button, Qt.MouseButton.LeftButton)
        assert "Synced with Desktop just now" in widget.status.text()
        assert [p.name for p in services.people.list()] == ["Ana from the desktop"]
        assert widget.choose_button.text() == "Change Folder…"
        widget.name.setText("Laptop")
        widget.name.editingFinished.emit()
        assert services.sync.device()[1] == "Laptop"
        assert widget.sync_button.isEnabled()
        with qtbot.waitSignal(widget.round.finished, timeout=30_000):
            qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)
        desktop.sync()
        assert [d.name for d in desktop.svc.sync.status().devices] == ["Laptop"]
    finally:
        desktop.close()


def test_an_empty_name_is_refused_beside_the_field(services: Services, qtbot: QtBot) -> None:
    widget = SyncSettings(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.name.setText("   ")
    widget.name.editingFinished.emit()
    assert widget.problem.isVisible() and "name" in widget.problem.text()


def test_the_tray_menu_says_when_this_computer_last_synced(
    services: Services, migrated_template: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QWidget

    from kith.ui.shell.tray import KithTray

    window = QWidget()
    qtbot.addWidget(window)
    tray = KithTray(window, services, parent=window)
    tray.menu.aboutToShow.emit()
    assert not tray.sync_action.isVisible()  # no sync folder: no line about it
    folder = tmp_path / "Sync"
    desktop = Device(migrated_template, tmp_path / "desktop", "Desktop", folder)
    try:
        desktop.sync()
        services.sync.choose_folder(folder)
        services.sync.run_round()
        tray.menu.aboutToShow.emit()
        assert tray.sync_action.isVisible()
        assert tray.sync_action.text() == "Synced with Desktop just now."
        services.ctx.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
        tray.menu.aboutToShow.emit()
        assert tray.sync_action.text() == "Synced with Desktop 2 minutes ago."
    finally:
        desktop.close()


def test_settings_grow_to_show_a_status_that_wraps_after_they_open(
    services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    """A sync status naming several computers arrives after the window is sized: every
    explanation above it still shows all its lines, none squeezed into a clipped one."""
    dialog = SettingsDialog(
        services, XdgAutostart(["kith"], tmp_path / "config"), lambda _t, _b: "", tray=True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.sync.status.setText(
        "Synced with the desktop in the study, the laptop on the train, the old tablet in "
        "the kitchen and the phone just now; the tablet has not seen your latest changes."
    )
    qtbot.waitUntil(lambda: _squeezed(dialog) == [])


def _squeezed(dialog: QWidget) -> list[str]:
    return [
        label.text()[:30]
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
