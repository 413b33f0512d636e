"""The person page's ties and groups: who they are tied to and how, the groups they are
in, and adding, changing or removing either, each write in the undo history."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.domain.ties import TieKind
from kith.services.app import Services
from kith.services.ties import GroupView, TieFact, TieView
from kith.services.views import PersonRef
from kith.ui.dialogs.tie import TieDialog
from kith.ui.shell.undo_history import UndoHistory
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain
from kith.ui.text.tie_words import tie_word
from kith.ui.widgets.icons import icon

_TIE = Qt.ItemDataRole.UserRole
_GROUP = Qt.ItemDataRole.UserRole + 1


class _KeyList(QListWidget):
    """A list where Delete removes the current row and Enter opens it."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _quiet_list(parent: QWidget, name: str) -> _KeyList:
    found = _KeyList(parent)
    found.setAccessibleName(name)
    found.setFrameShape(QFrame.Shape.NoFrame)
    found.viewport().setBackgroundRole(QPalette.ColorRole.Window)
    found.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return found


class TiesSection(QWidget):
    """Ties and groups of one person; `person_requested` opens someone tied to them."""

    person_requested = Signal(int)
    plan_requested = Signal(list)
    """A meetup to plan with these people (a group's members)."""

    def __init__(
        self, services: Services, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self.person: PersonRef | None = None
        self.ties: tuple[TieView, ...] = ()
        self.groups: list[GroupView] = []
        self.dialog: QDialog | None = None

        self.tie_list = _quiet_list(self, self.tr("Ties; Enter opens the person, Delete removes"))
        self.add_tie_button = QPushButton(icon("add-person"), self.tr("Add tie…"), self)
        self.add_tie_button.setFlat(True)
        self.group_list = _quiet_list(self, self.tr("Groups; Delete takes them out of one"))
        self.add_group_button = QPushButton(icon("add-person"), self.tr("Add to group…"), self)
        self.add_group_button.setFlat(True)
        self.groups_title = QLabel(self.tr("Groups"), self)
        self.groups_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_tie_button)
        buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tie_list)
        column.addWidget(self.groups_title)
        column.addWidget(self.group_list)
        column.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_tie_button.clicked.connect(lambda: self.add_tie())
        self.add_group_button.clicked.connect(lambda: self.add_to_group())
        self.tie_list.itemActivated.connect(self._on_tie_activated)
        self.tie_list.customContextMenuRequested.connect(self._on_tie_menu)
        self.tie_list.delete_pressed.connect(self._on_tie_delete)
        self.group_list.customContextMenuRequested.connect(self._on_group_menu)
        self.group_list.delete_pressed.connect(self._on_group_delete)

    # --- showing ----------------------------------------------------------------------

    def show_person(self, person: PersonRef) -> None:
        self.person = person
        # Closest kinds first (partner, family, friends…), then by name as read.
        order = list(TieKind)
        self.ties = tuple(
            sorted(self._services.ties.ties_of(person.id), key=lambda t: order.index(t.kind))
        )
        self.groups = self._services.ties.groups_of(person.id)
        self.tie_list.clear()
        for tie in self.ties:
            text = f"{tie.other.name} — {tie_word(tie.kind)}"
            item = QListWidgetItem(text + (f" · {tie.note}" if tie.note else ""))
            item.setData(_TIE, tie.other.id)
            self.tie_list.addItem(item)
        if not self.ties:
            empty = QListWidgetItem(self.tr("No ties yet: who are they close to?"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tie_list.addItem(empty)
        self.group_list.clear()
        for group in self.groups:
            others = len(group.members) - 1
            # Plural words first, the name after: a name holding "(s)" stays as typed.
            counted = fmt.plural_fallback(self.tr("%1 (with %n other(s))", "", others), others)
            label = fill(counted, group.name)
            item = QListWidgetItem(label if others > 0 else group.name)
            item.setData(_GROUP, group.id)
            self.group_list.addItem(item)
        self.groups_title.setVisible(bool(self.groups))
        self.group_list.setVisible(bool(self.groups))
        for found in (self.tie_list, self.group_list):
            rows = max(1, found.count())
            found.setFixedHeight(found.sizeHintForRow(0) * rows + 2 * found.frameWidth() + 4)

    def _tie(self, other_id: int) -> TieView | None:
        return next((t for t in self.ties if t.other.id == other_id), None)

    # --- ties -------------------------------------------------------------------------

    def add_tie(self, tie: TieView | None = None) -> TieDialog | None:
        if self.person is None:
            return None
        dialog = TieDialog(
            self._services, self.person, self._services.people.list(), self.window(), tie=tie
        )
        dialog.accepted.connect(lambda: self._on_tie_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.setModal(True)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_tie_saved(self, dialog: TieDialog) -> None:
        if dialog.saved is None or self.person is None:
            return
        other, before = dialog.saved
        person = self.person.id
        after = self._services.ties.tie_between(person, other)
        ties = self._services.ties
        name = next((t.other.name for t in ties.ties_of(person) if t.other.id == other), "")
        self._history.push(
            fill(self.tr("Tie between %1 and %2"), self.person.name, name),
            undo=lambda: ties.put_back(before, person, other),
            redo=lambda: ties.put_back(after, person, other),
            person_ids=(person, other),
        )

    def remove_tie(self, other_id: int) -> TieFact | None:
        if self.person is None:
            return None
        tie = self._tie(other_id)
        person = self.person.id
        ties = self._services.ties
        try:
            with self._services.changes.origin(self):
                removed = ties.untie(person, other_id)
        except KithError as error:
            self._refused(error)
            return None
        if removed is not None and tie is not None:
            self._history.push(
                fill(
                    self.tr("Removed the tie between %1 and %2"), self.person.name, tie.other.name
                ),
                undo=lambda: ties.put_back(removed, person, other_id),
                redo=lambda: ties.untie(person, other_id),
                person_ids=(person, other_id),
            )
        return removed

    def _on_tie_activated(self, item: QListWidgetItem) -> None:
        other = item.data(_TIE)
        if other is not None:
            self.person_requested.emit(int(other))

    def _on_tie_delete(self) -> None:
        item = self.tie_list.currentItem()
        if item is not None and item.data(_TIE) is not None:
            self.remove_tie(int(item.data(_TIE)))

    def _on_tie_menu(self, at: QPoint) -> None:
        item = self.tie_list.itemAt(at)
        if item is None or item.data(_TIE) is None:
            return
        tie = self._tie(int(item.data(_TIE)))
        if tie is None:
            return
        menu = QMenu(self)
        menu.addAction(fill(self.tr("Open %1"), tie.other.name)).triggered.connect(
            lambda: self.person_requested.emit(tie.other.id)
        )
        menu.addAction(self.tr("Change tie…")).triggered.connect(lambda: self.add_tie(tie))
        menu.addAction(self.tr("Remove tie")).triggered.connect(
            lambda: self.remove_tie(tie.other.id)
        )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tie_list.viewport().mapToGlobal(at))

    # --- groups -----------------------------------------------------------------------

    def add_to_group(self) -> QDialog | None:
        if self.person is None:
            return None
        dialog = QDialog(self.window())
        dialog.setWindowTitle(fill(self.tr("Add %1 to a group"), self.person.name))
        choice = QComboBox(dialog)
        choice.setEditable(True)
        choice.setAccessibleName(self.tr("Group: choose one or type a new name"))
        mine = {g.id for g in self.groups}
        for group in self._services.ties.groups():
            if group.id not in mine:
                choice.addItem(group.name, group.id)
        choice.setCurrentIndex(-1)
        choice.setPlaceholderText(self.tr("Family, climbing crew, book club…"))
        label = QLabel(self.tr("&Group:"), dialog)
        label.setBuddy(choice)
        problem = QLabel(dialog)
        problem.setWordWrap(True)
        problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        column = QVBoxLayout(dialog)
        column.addWidget(label)
        column.addWidget(choice)
        column.addWidget(problem)
        column.addWidget(buttons)
        buttons.rejected.connect(dialog.reject)

        def save() -> None:
            try:
                self.join_group(choice.currentText())
            except KithError as error:
                problem.setText(explain(error))
                problem.show()
                return
            dialog.accept()

        buttons.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.setModal(True)
        dialog.open()
        self.dialog = dialog
        return dialog

    def join_group(self, name: str) -> None:
        """Into the group of that name, made if there is none; refusals are raised."""
        assert self.person is not None
        person = self.person.id
        ties = self._services.ties
        existing = next(
            (g for g in ties.groups() if g.name.casefold() == " ".join(name.split()).casefold()),
            None,
        )
        with self._services.changes.origin(self):
            if existing is None:
                made = ties.add_group(name, [person])
                record = ties.group_record(made.id)
                self._history.push(
                    fill(self.tr("New group %1"), made.name),
                    undo=lambda: ties.remove_group(made.id),
                    redo=lambda: ties.restore_group(record),
                    person_ids=(person,),
                )
                return
            ties.join(existing.id, person)
        gid = existing.id
        self._history.push(
            fill(self.tr("Added %1 to %2"), self.person.name, existing.name),
            undo=lambda: ties.leave(gid, person),
            redo=lambda: ties.join(gid, person),
            person_ids=(person,),
        )

    def leave_group(self, group_id: int) -> None:
        if self.person is None:
            return
        person = self.person.id
        ties = self._services.ties
        group = next((g for g in self.groups if g.id == group_id), None)
        try:
            with self._services.changes.origin(self):
                ties.leave(group_id, person)
        except KithError as error:
            self._refused(error)
            return
        if group is not None:
            self._history.push(
                fill(self.tr("Took %1 out of %2"), self.person.name, group.name),
                undo=lambda: ties.join(group_id, person),
                redo=lambda: ties.leave(group_id, person),
                person_ids=(person,),
            )

    def plan_with_group(self, group_id: int) -> None:
        group = next((g for g in self.groups if g.id == group_id), None)
        if group is not None:
            self.plan_requested.emit([m.id for m in group.members])

    def _on_group_delete(self) -> None:
        item = self.group_list.currentItem()
        if item is not None and item.data(_GROUP) is not None:
            self.leave_group(int(item.data(_GROUP)))

    def _on_group_menu(self, at: QPoint) -> None:
        item = self.group_list.itemAt(at)
        if item is None or item.data(_GROUP) is None:
            return
        group_id = int(item.data(_GROUP))
        menu = QMenu(self)
        menu.addAction(icon("plan"), self.tr("Plan a meetup with this group…")).triggered.connect(
            lambda: self.plan_with_group(group_id)
        )
        menu.addAction(self.tr("Take out of this group")).triggered.connect(
            lambda: self.leave_group(group_id)
        )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.group_list.viewport().mapToGlobal(at))

    def _refused(self, error: KithError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Kith"),
            explain(error),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.finished.connect(box.deleteLater)
        box.open()
