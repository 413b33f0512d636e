"""Saving people as a vCard file, so they can go back into a phone or address book."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kith.domain.errors import KithError
from kith.services.app import Services
from kith.ui.shell.saved_note import note_saved
from kith.ui.text.error_text import explain
from kith.ui.text.saved_words import SavedWords


def export_contacts(
    services: Services, person_ids: Sequence[int] | None, parent: QWidget | None = None
) -> Path | None:
    """Ask where, then write the chosen people (everyone when None); the path, or None."""
    title = QCoreApplication.translate("ContactsExport", "Export Contacts")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(QDir.homePath()) / "kith-contacts.vcf"),
        QCoreApplication.translate("ContactsExport", "vCard files (*.vcf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".vcf":
        path = path.with_name(path.name + ".vcf")
    try:
        count = services.contacts.export_file(path, person_ids)
    except (KithError, OSError) as exc:
        QMessageBox.warning(parent, title, explain(exc))
        return None
    note_saved(parent, SavedWords().people(count, path.name), path)
    return path
