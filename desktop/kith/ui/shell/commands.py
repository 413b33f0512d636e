"""What the window's menus and buttons do: each command is one method, whatever calls it.

The dialogs and pages they open are imported when first used, so building the menus
costs the first paint nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from kith.domain.errors import KithError
from kith.domain.placeholders import fill

if TYPE_CHECKING:
    from kith.domain.values import Circle
    from kith.services.backups import RestoreResult
    from kith.ui.dialogs.me import MeDialog
    from kith.ui.dialogs.restore import RestoreDialog
    from kith.ui.dialogs.sorting import SortingDialog
    from kith.ui.interchange.import_contacts import ImportContactsDialog
    from kith.ui.shell.main_window import MainWindow


class WindowCommands(QObject):
    """The commands of one main window, acting on what it shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._sorting: SortingDialog | None = None

    def selected_people(self) -> list[int]:
        """Whom a command is about: the person shown, or the rows chosen in People."""
        window = self._window
        place = window.current_place()
        if place == "person" and window.person.person_id is not None:
            return [window.person.person_id]
        if place == "people":
            return window.people.selected_ids()
        return []

    def new_person(self) -> None:
        self._window.person_actions.new_person()

    def log_interaction(self) -> None:
        self._window.person_actions.log_interaction(self.selected_people())

    def plan_meetup(self) -> None:
        self._window.person_actions.plan_meetup(self.selected_people())

    def move_to_circle(self, circle: Circle) -> None:
        self._window.person_actions.move_to_circle(self.selected_people(), circle)

    def set_rhythm(self) -> None:
        self._window.person_actions.ask_rhythm(self.selected_people())

    def merge_people(self) -> None:
        self._window.person_actions.merge(self.selected_people())

    def manage_groups(self) -> None:
        """The groups, the one chosen in People first if there is one."""
        window = self._window
        chosen = window.people.group.currentData() if window.current_place() == "people" else None
        window.person_actions.manage_groups(chosen)

    def track_merge(self, action: QAction) -> None:
        """Merge is offered only while exactly two people are chosen in People."""
        self._merge_action = action
        self._watching_people = False
        self._window.stack.currentChanged.connect(self._update_merge)
        self._update_merge()

    def _update_merge(self) -> None:
        window = self._window
        in_people = window.current_place() == "people"
        if in_people and not self._watching_people:
            window.people.table.selectionModel().selectionChanged.connect(self._update_merge)
            self._watching_people = True
        self._merge_action.setEnabled(in_people and len(set(self.selected_people())) == 2)

    def import_contacts(self, path: Path | None = None) -> ImportContactsDialog:
        """Ask for a vCard file, preview who would be added, then import off the GUI thread."""
        from kith.ui.interchange.import_contacts import ImportContactsDialog

        window = self._window
        dialog = ImportContactsDialog(window.services, window, path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _result: window.show_place("people"))
        dialog.sort_requested.connect(self.sort_people)
        dialog.open()
        return dialog

    def sort_people(self) -> SortingDialog:
        """The sorting view, beside the window (one at a time); each choice can be undone."""
        from kith.ui.dialogs.sorting import SortingDialog

        if self._sorting is not None:
            self._sorting.raise_()
            self._sorting.activateWindow()
            return self._sorting
        window = self._window
        dialog = SortingDialog(
            window.services,
            window,
            # Each choice joins the window's history: Ctrl+Z and Ctrl+Shift+Z reach it too.
            on_choice=lambda undo, redo, description: window.tell(
                description, window.undo.push(description, undo=undo, redo=redo)
            ),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_sorting_closed)
        self._sorting = dialog
        dialog.show()
        return dialog

    def _on_sorting_closed(self) -> None:
        self._sorting = None

    def export_contacts(self) -> None:
        from kith.ui.interchange.contacts_export import export_contacts

        export_contacts(self._window.services, self.selected_people() or None, self._window)

    def export_archive(self) -> None:
        from kith.ui.interchange.archive_export import export_archive

        export_archive(self._window.services, self._window)

    def back_up_now(self) -> Path | None:
        """A backup into the backup folder; the status bar says where, with Show in Folder."""
        window = self._window
        try:
            made = window.services.backups.backup_now()
        except (KithError, OSError) as exc:
            self._refused(self.tr("Back Up Now"), exc)
            return None
        window.saved_note.tell(
            fill(self.tr("Backed up to %1."), QDir.toNativeSeparators(str(made))), made
        )
        return made

    def restore_backup(self) -> RestoreDialog:
        """The kept backups; restoring one reloads every place and clears Undo."""
        from kith.ui.dialogs.restore import RestoreDialog

        window = self._window
        dialog = RestoreDialog(window.services, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_restored)
        dialog.open()
        return dialog

    def _on_restored(self, result: RestoreResult) -> None:
        window = self._window
        window.undo.forget()
        window.saved_note.tell(
            fill(
                self.tr("Restored %1. What it replaced is kept as %2."),
                result.restored_from.name,
                result.previous_kept_at.name,
            ),
            result.previous_kept_at,
        )

    def show_data_folder(self) -> None:
        """The folder of the database file, in the file manager (the file chosen where it can)."""
        from kith.ui.shell.saved_note import show_in_folder

        show_in_folder(self._window.services.ctx.db.path)

    def _refused(self, title: str, error: BaseException) -> None:
        from kith.ui.text.error_text import explain

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            explain(error),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("commandRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def find_people(self) -> None:
        window = self._window
        window.show_place("people")
        window.people.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        window.people.search.selectAll()

    def open_me(self) -> MeDialog:
        from kith.ui.dialogs.me import MeDialog

        dialog = MeDialog(self._window.services, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_place(self, name: str) -> None:
        self._window.show_place(name)

    def keyboard_shortcuts(self) -> QDialog:
        from kith.ui.shell.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        from kith import __version__

        QMessageBox.about(
            self._window,
            self.tr("About Kith"),
            fill(
                self.tr(
                    "<b>Kith %1</b><p>Tend the relationships that matter, offline.</p>"
                    "<p>Your data stays in one file on this computer.</p>"
                ),
                __version__,
            ),
        )

    def quit(self) -> None:
        """End Kith, not only this window: with a tray, closing alone would just hide it."""
        self._window.quit_handler()
