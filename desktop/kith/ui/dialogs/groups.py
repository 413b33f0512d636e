"""Groups in one place: every group with how many are in it, renamed (F2), removed
(Delete, after asking), its members added by typing a name or taken out, and a meetup
planned with all of them. Every write goes into the window's undo history."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.ties import GroupView
from kith.ui.dialogs.group_name import GroupNameDialog
from kith.ui.dialogs.people_picker import PeoplePicker
from kith.ui.shell.undo_history import UndoEntry, UndoHistory
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain
from kith.ui.widgets.icons import icon

_GROUP = Qt.ItemDataRole.UserRole


class _ListKeys(QObject):
    """F2 and Delete on a list, as its own keys: the list, not the dialog, has them."""

    def __init__(self, target: QListWidget, keys: dict[Qt.Key, Callable[[], object]]) -> None:
        super().__init__(target)
        self._target = target
        self._keys = keys
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._target or event.type() != QEvent.Type.KeyPress:
            return False
        if isinstance(event, QKeyEvent):
            slot = self._keys.get(Qt.Key(event.key()))
            if slot is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                slot()
                return True
        return False


class GroupsDialog(QDialog):
    """`plan_requested` carries the chosen group's members, once the dialog has closed."""

    plan_requested = Signal(list)
    told = Signal(str, object)
    """What was just done and its entry in the undo history, for the window's note."""

    def __init__(
        self,
        services: Services,
        history: UndoHistory,
        parent: QWidget | None = None,
        *,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self.groups: list[GroupView] = []
        self.dialog: QDialog | None = None
        """The name dialog or the question open over this one, for tests."""
        self.setWindowTitle(self.tr("Groups"))
        self._build()
        self._connect_signals()
        self._read_again(group_id)
        # The keys start where they act: on the groups, or on making the first one.
        (self.group_list if self.groups else self.new_button).setFocus()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.group_list = QListWidget(self)
        self.group_list.setAccessibleName(self.tr("Groups; F2 renames, Delete removes"))
        groups_label = QLabel(self.tr("&Groups:"), self)
        groups_label.setBuddy(self.group_list)
        self.empty = QLabel(
            self.tr("No groups yet. A group is a few people you see together: family, a crew."),
            self,
        )
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(icon("add-person"), self.tr("&New Group…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.rename_button.setAccessibleName(self.tr("Rename the group"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Remo&ve…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the group"))
        self.plan_button = QPushButton(icon("plan"), self.tr("&Plan with This Group…"), self)

        self.picker = PeoplePicker(self._services.people.list(), self)
        self.picker.search.setAccessibleName(self.tr("Add someone to the group"))
        self.picker.chosen.setAccessibleName(self.tr("Members; Delete takes one out"))
        self.picker.chosen.setMaximumHeight(16_777_215)  # the members may use the room
        # Taken out of the picker's row beside the field: it acts on the list, so it goes
        # under the list (a widget given another parent leaves its layout).
        self.picker.remove.setParent(self)
        self.picker.remove.setText(self.tr("&Take Out"))
        self.picker.remove.setAccessibleName(self.tr("Take the selected person out of the group"))
        self.members_label = QLabel(self.tr("&Add someone:"), self)
        self.members_label.setBuddy(self.picker.search)
        self.members_title = QLabel(self)
        self.members_title.setWordWrap(True)
        bold = self.members_title.font()
        bold.setBold(True)
        self.members_title.setFont(bold)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        left = QVBoxLayout()
        left.addWidget(groups_label)
        left.addWidget(self.group_list, 1)
        left.addWidget(self.empty)
        row = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.members_title)
        right.addWidget(self.members_label)
        right.addWidget(self.picker, 1)
        under = QHBoxLayout()
        under.addWidget(self.picker.remove)
        under.addWidget(self.plan_button)
        under.addStretch(1)
        right.addLayout(under)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.addWidget(self.buttons, 1, 0, 1, 2)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, self.fontMetrics().lineSpacing() * 26)

        # Enter in "Add someone" adds the person typed; it must not also press a button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        # The window's Undo and Redo keys, here too: the dialog is in front of its menus.
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(lambda: self._step(self._history.undo))
        for keys in (QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)):
            redo = QShortcut(keys, self)
            redo.activated.connect(lambda: self._step(self._history.redo))
        _ListKeys(self.group_list, {Qt.Key.Key_F2: self.rename, Qt.Key.Key_Delete: self.remove})
        _ListKeys(self.picker.chosen, {Qt.Key.Key_Delete: self.picker.remove.click})
        for first, second in (
            (self.group_list, self.new_button),
            (self.new_button, self.rename_button),
            (self.rename_button, self.remove_button),
            (self.remove_button, self.picker.search),
            (self.picker.search, self.picker.chosen),
            (self.picker.chosen, self.picker.remove),
            (self.picker.remove, self.plan_button),
        ):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.group_list.currentItemChanged.connect(self._on_group_chosen)
        self.new_button.clicked.connect(self.add_group)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.plan_button.clicked.connect(self._on_plan)
        self.picker.changed.connect(self._on_members_edited)
        self.buttons.rejected.connect(self.reject)

    # --- showing ----------------------------------------------------------------------

    def current(self) -> GroupView | None:
        if self.group_list.currentRow() < 0:
            return None
        gid = int(self.group_list.currentItem().data(_GROUP))
        return next((g for g in self.groups if g.id == gid), None)

    def choose(self, group_id: int) -> None:
        for row in range(self.group_list.count()):
            if self.group_list.item(row).data(_GROUP) == group_id:
                self.group_list.setCurrentRow(row)
                return

    def _read_again(self, chosen: int | None = None) -> None:
        if chosen is None:
            group = self.current()
            chosen = None if group is None else group.id
        self.groups = self._services.ties.groups()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self.groups:
            count = len(group.members)
            # Plural words first, the name after: a name holding "(s)" stays as typed.
            counted = fmt.plural_fallback(self.tr("%1 · %n member(s)", "", count), count)
            item = QListWidgetItem(fill(counted, group.name))
            item.setData(_GROUP, group.id)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        self.empty.setVisible(not self.groups)
        if self.groups:
            self.choose(chosen if chosen is not None else self.groups[0].id)
            if self.group_list.currentRow() < 0:
                self.group_list.setCurrentRow(0)
        self._on_group_chosen()

    def _on_group_chosen(self, *_items: object) -> None:
        group = self.current()
        for widget in (
            self.rename_button,
            self.remove_button,
            self.picker,
            self.members_label,
            self.picker.remove,
        ):
            widget.setEnabled(group is not None)
        self.plan_button.setEnabled(group is not None and bool(group.members))
        self.picker.blockSignals(True)
        self.picker.chosen.clear()
        if group is not None:
            for member in group.members:
                self.picker.add_person(member.id)
        self.picker.blockSignals(False)
        self.members_title.setText(
            fill(self.tr("Members of %1"), group.name) if group else self.tr("No group chosen")
        )

    # --- writing ----------------------------------------------------------------------

    def add_group(self) -> GroupNameDialog:
        ties = self._services.ties

        def save(name: str) -> None:
            with self._services.changes.origin(self):
                made = ties.add_group(name)
            record = ties.group_record(made.id)
            self._push(
                fill(self.tr("New group %1"), made.name),
                undo=lambda: ties.remove_group(made.id),
                redo=lambda: ties.restore_group(record),
            )
            self._read_again(made.id)

        return self._ask_name(self.tr("New group"), "", save)

    def rename(self) -> GroupNameDialog | None:
        group = self.current()
        if group is None:
            return None
        ties, gid = self._services.ties, group.id

        def save(name: str) -> None:
            with self._services.changes.origin(self):
                before = ties.rename_group(gid, name)
            after = ties.group(gid).name
            if after != before:
                self._push(
                    fill(self.tr("Renamed the group %1 to %2"), before, after),
                    undo=lambda: ties.rename_group(gid, before),
                    redo=lambda: ties.rename_group(gid, after),
                    person_ids=tuple(m.id for m in group.members),
                )
            self._read_again(gid)

        return self._ask_name(fill(self.tr("Rename %1"), group.name), group.name, save)

    def _ask_name(self, title: str, name: str, save: Callable[[str], None]) -> GroupNameDialog:
        dialog = GroupNameDialog(title, name, save, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.setModal(True)
        dialog.open()
        self.dialog = dialog
        return dialog

    def remove(self) -> QMessageBox | None:
        """Asks first: a group is quick to lose and slow to gather again."""
        group = self.current()
        if group is None:
            return None
        count = len(group.members)
        question = fmt.plural_fallback(
            self.tr("Remove the group %1? Kith keeps its %n member(s).", "", count), count
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove group"),
            fill(question, group.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(lambda button: self._remove(group) if button is yes else None)
        box.open()
        self.dialog = box
        return box

    def _remove(self, group: GroupView) -> None:
        ties = self._services.ties
        try:
            with self._services.changes.origin(self):
                record = ties.remove_group(group.id)
        except KithError as error:
            self._refused(error)
            return
        self._push(
            fill(self.tr("Removed the group %1"), record.name),
            undo=lambda: ties.restore_group(record),
            redo=lambda: ties.remove_group(record.id),
            person_ids=record.member_ids,
        )
        self._read_again()

    def _on_members_edited(self) -> None:
        group = self.current()
        if group is None:
            return
        ties, gid = self._services.ties, group.id
        shown = {m.id for m in group.members}
        wanted = set(self.picker.person_ids())
        added, taken = wanted - shown, shown - wanted
        if not added and not taken:
            return
        try:
            # Archived members are not shown, and stay in the group.
            before = ties.group_record(gid).member_ids
            after = tuple(sorted((set(before) | added) - taken))
            with self._services.changes.origin(self):
                ties.set_members(gid, after)
        except KithError as error:
            self._refused(error)
            self._read_again(gid)
            return
        self._push(
            self._members_words(group, added, taken),
            undo=lambda: ties.set_members(gid, before),
            redo=lambda: ties.set_members(gid, after),
            person_ids=tuple(sorted(added | taken)),
        )
        self._read_again(gid)

    def _members_words(self, group: GroupView, added: set[int], taken: set[int]) -> str:
        people = self._services.people
        if len(added) == 1 and not taken:
            name = people.summary(next(iter(added))).name
            return fill(self.tr("Added %1 to %2"), name, group.name)
        if len(taken) == 1 and not added:
            name = people.summary(next(iter(taken))).name
            return fill(self.tr("Took %1 out of %2"), name, group.name)
        return fill(self.tr("Changed who is in %1"), group.name)

    def _push(
        self,
        description: str,
        *,
        undo: Callable[[], object],
        redo: Callable[[], object],
        person_ids: tuple[int, ...] = (),
    ) -> None:
        entry = self._history.push(description, undo=undo, redo=redo, person_ids=person_ids)
        self.told.emit(description, entry)

    def _step(self, step: Callable[[], UndoEntry | None]) -> None:
        """Undo or redo in the window's history, then show what it left."""
        step()
        self._read_again()

    def _on_plan(self) -> None:
        group = self.current()
        if group is None or not group.members:
            return
        members: Sequence[int] = [m.id for m in group.members]
        self.accept()
        self.plan_requested.emit(list(members))

    def _refused(self, error: KithError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Kith"),
            explain(error),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.open()
        self.dialog = box
