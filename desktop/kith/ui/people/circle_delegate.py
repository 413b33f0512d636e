"""The Circle cell edited in place: a combo box whose choice moves the person at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from kith.domain.values import Circle
from kith.ui.people.circle_menu import CIRCLE_CHOICES
from kith.ui.people.model import Role
from kith.ui.text import formatting as fmt
from kith.ui.widgets.row_focus import RowFocusDelegate

AnyIndex = QModelIndex | QPersistentModelIndex


class CircleDelegate(RowFocusDelegate):
    """Commits through `move(person_id, circle)`, never into the model: the move goes
    through the services and the table refreshes from the change it announces."""

    def __init__(self, move: Callable[[int, Circle], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._move = move

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: ARG002 (Qt's signature)
        index: AnyIndex,  # noqa: ARG002 (Qt's signature)
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Circle"))
        for circle in CIRCLE_CHOICES:
            editor.addItem(fmt.circle_label(circle), circle.value)
        # A choice is the whole edit: commit it without waiting for Return or a click away.
        editor.activated.connect(lambda _row: self._commit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Role.CIRCLE)
        found = editor.findData(current)
        if found >= 0:
            editor.setCurrentIndex(found)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: ARG002 (the services change it, not the delegate)
        index: AnyIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        chosen = Circle(editor.currentData())
        if chosen.value != index.data(Role.CIRCLE):
            self._move(int(index.data(Role.PERSON_ID)), chosen)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)
