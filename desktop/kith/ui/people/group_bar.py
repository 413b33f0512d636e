"""The line under People's filters while one group is chosen: its name and size, a
meetup planned with all of it, and the group opened to rename it or change who is in it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kith.domain.placeholders import fill
from kith.services.ties import GroupView
from kith.ui.text import formatting as fmt
from kith.ui.widgets.icons import icon


class GroupBar(QWidget):
    """Hidden while no group is chosen; `plan_requested` carries the members shown."""

    plan_requested = Signal(list)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group: GroupView | None = None
        self.note = QLabel(self)
        self.plan_button = QPushButton(icon("plan"), self.tr("Plan with This Group…"), self)
        self.edit_button = QPushButton(self.tr("Edit Group…"), self)
        self.edit_button.setAccessibleName(self.tr("Rename the group or change who is in it"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note)
        row.addWidget(self.plan_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.plan_button.clicked.connect(self._on_plan)
        self.edit_button.clicked.connect(self._on_edit)
        self.hide()

    def show_group(self, group: GroupView | None) -> None:
        self.group = group
        self.setVisible(group is not None)
        if group is None:
            return
        count = len(group.members)
        # Plural words first, the name after: a name holding "(s)" stays as typed.
        counted = fmt.plural_fallback(self.tr("%1: %n member(s)", "", count), count)
        self.note.setText(fill(counted, group.name))
        self.plan_button.setEnabled(count > 0)

    def _on_plan(self) -> None:
        if self.group is not None and self.group.members:
            self.plan_requested.emit([m.id for m in self.group.members])

    def _on_edit(self) -> None:
        if self.group is not None:
            self.edit_requested.emit(self.group.id)
