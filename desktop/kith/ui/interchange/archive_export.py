"""Saving everything as one JSON archive from the GUI: the open format nothing is lost in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kith.domain.errors import KithError
from kith.services.app import Services
from kith.ui.shell.saved_note import note_saved
from kith.ui.text.error_text import explain
from kith.ui.text.saved_words import SavedWords


def export_archive(services: Services, parent: QWidget | None = None) -> Path | None:
    """Ask where, then write every person, interaction and meetup; the path, or None."""
    title = QCoreApplication.translate("ArchiveExport", "Export Everything")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(QDir.homePath()) / "kith-archive.json"),
        QCoreApplication.translate("ArchiveExport", "JSON archives (*.json)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + ".json")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        counts = services.archive.export_file(path)
    except (KithError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, explain(exc), QMessageBox.StandardButton.Ok, parent
        )
        box.setObjectName("archiveExportError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    QGuiApplication.restoreOverrideCursor()
    note_saved(parent, SavedWords().everything(counts.people, path.name), path)
    return path


__all__ = ["export_archive"]
