"""Exporting meetups to .ics from the GUI, and the setting for the live calendar file.

The functions ask where to save with the platform's own dialog, write through the
services, and explain a failure in a (non-blocking) message box. The main window wires
them to its menus and context menus.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.calendar_export import CalendarSelection
from kith.ui.shell.saved_note import note_saved
from kith.ui.text.error_text import explain
from kith.ui.text.saved_words import SavedWords
from kith.ui.widgets.sections import setting_labels

_CONTEXT = "CalendarExport"


def _file_name(text: str) -> str:
    """A safe file name from a title or a person's name (letters of any script kept)."""
    cleaned = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip().replace(" ", "-")
    return (cleaned or "kith")[:60]


def _ask_where(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(QDir.homePath()) / suggested),
        QCoreApplication.translate("CalendarExport", "iCalendar files (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def _explain(parent: QWidget | None, title: str, error: Exception) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, explain(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("calendarExportError")
    box.open()


def _export(
    services: Services,
    parent: QWidget | None,
    title: str,
    suggested: str,
    selection: CalendarSelection,
) -> Path | None:
    path = _ask_where(parent, title, suggested)
    if path is None:
        return None
    try:
        written = services.calendar_export.export(path, selection)
    except (KithError, OSError) as exc:
        _explain(parent, title, exc)
        return None
    note_saved(parent, _saved_words(written.meetups, written.dates, path), path)
    return path


def _saved_words(meetups: int, dates: int, path: Path) -> str:
    """ "Saved 12 meetups to kith.ics.", or, with birthdays and other yearly dates,
    "Saved 14 calendar entries to ana.ics." """
    if dates:
        return SavedWords().calendar_entries(meetups + dates, path.name)
    return SavedWords().meetups(meetups, path.name)


def export_meetup(services: Services, meetup_id: int, parent: QWidget | None = None) -> Path | None:
    """Save one meetup as an .ics file; the path written, or None (cancelled or refused)."""
    try:
        meetup = services.meetups.get(meetup_id)
    except KithError as exc:
        _explain(parent, QCoreApplication.translate("CalendarExport", "Export Meetup"), exc)
        return None
    return _export(
        services,
        parent,
        QCoreApplication.translate("CalendarExport", "Export Meetup"),
        f"{_file_name(meetup.title)}.ics",
        CalendarSelection(meetup_ids=(meetup_id,)),
    )


def export_upcoming(services: Services, parent: QWidget | None = None) -> Path | None:
    """Save every upcoming meetup as one .ics file."""
    return _export(
        services,
        parent,
        QCoreApplication.translate("CalendarExport", "Export Upcoming Meetups"),
        "kith-meetups.ics",
        CalendarSelection(),
    )


def export_person_meetups(
    services: Services, person_id: int, parent: QWidget | None = None, include_dates: bool = True
) -> Path | None:
    """Save one person's meetups (and their birthday and other yearly dates)."""
    try:
        name = services.people.summary(person_id).name
    except KithError as exc:
        _explain(parent, QCoreApplication.translate("CalendarExport", "Export Meetups"), exc)
        return None
    return _export(
        services,
        parent,
        fill(QCoreApplication.translate("CalendarExport", "Export Meetups with %1"), name),
        f"{_file_name(name)}-meetups.ics",
        CalendarSelection(person_id=person_id, include_dates=include_dates),
    )


def export_upcoming_action(services: Services, parent: QWidget) -> QAction:
    """A menu action "Export Upcoming Meetups…" for the File menu."""
    action = QAction(
        QCoreApplication.translate("CalendarExport", "Export Upcoming Meetups…"), parent
    )
    action.setObjectName("exportUpcomingMeetups")
    action.triggered.connect(lambda: export_upcoming(services, parent))
    return action


class LiveCalendarSettings(QWidget):
    """Turns the live calendar file on (in a chosen folder) or off, and shows where it is."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.title, self.explanation, self.status, self.problem = setting_labels(
            self.tr("<b>Live calendar file</b>"),
            self.tr(
                "Kith can keep one calendar file of all your upcoming meetups up to date in a "
                "folder you choose, such as a synced folder. Calendar apps can subscribe to it."
            ),
        )
        self.choose_button = QPushButton(self.tr("Choose Folder…"))
        self.off_button = QPushButton(self.tr("Turn Off"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.off_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.explanation, self.status, self.problem):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.off_button.clicked.connect(self._on_off_clicked)

    def refresh(self) -> None:
        target = self._services.live_calendar.file_path()
        if target is None:
            self.status.setText(self.tr("Off: no live calendar file is kept."))
        else:
            self.status.setText(
                fill(self.tr("On: kept up to date at %1"), QDir.toNativeSeparators(str(target)))
            )
        self.off_button.setEnabled(target is not None)
        self.choose_button.setText(
            self.tr("Choose Folder…") if target is None else self.tr("Change Folder…")
        )

    @Slot()
    def _on_choose_clicked(self) -> None:
        current = self._services.live_calendar.folder()
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the Live Calendar File"),
            str(current) if current else QDir.homePath(),
        )
        if not folder:
            return
        try:
            self._services.live_calendar.set_folder(Path(folder))
        except (KithError, OSError) as exc:
            self._show_problem(explain(exc))
        else:
            self._show_problem("")
        self.refresh()

    @Slot()
    def _on_off_clicked(self) -> None:
        self._services.live_calendar.set_folder(None)
        self._show_problem("")
        self.refresh()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


__all__ = [
    "LiveCalendarSettings",
    "export_meetup",
    "export_person_meetups",
    "export_upcoming",
    "export_upcoming_action",
]
