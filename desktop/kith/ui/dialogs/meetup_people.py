"""Choosing the people of a meetup: type a name, pick it from the list, see them as chips."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.name_search import fold
from kith.domain.placeholders import fill
from kith.domain.values import Circle
from kith.services.views import PersonSummary
from kith.ui.text.formatting import plain_tooltip, shown_as_typed
from kith.ui.widgets.flow_layout import FlowLayout
from kith.ui.widgets.icons import icon
from kith.ui.widgets.name_completer import FoldedCompleter

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PeopleListModel(QAbstractListModel):
    """Everyone who can join a meetup, for completion. Same names get told apart."""

    def __init__(self, people: Sequence[PersonSummary], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people = list(people)
        self._same_name = {
            name for name, n in Counter(p.name.casefold() for p in self._people).items() if n > 1
        }
        # Folded once here: the completer asks for every row on each keystroke.
        self._folded = [fold(f"{p.name} {p.nickname or ''}") for p in self._people]

    def person(self, row: int) -> PersonSummary:
        return self._people[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(person)
        if role == SEARCH_ROLE:
            return self._folded[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return person.name if not person.nickname else f"{person.name} {person.nickname}"
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def _circle_name(self, circle: Circle) -> str:
        return {
            Circle.INNER: self.tr("inner circle"),
            Circle.CLOSE: self.tr("close"),
            Circle.FRIENDS: self.tr("friends"),
            Circle.WIDER: self.tr("wider circle"),
            Circle.UNSORTED: self.tr("not sorted yet"),
        }[circle]

    def _label(self, person: PersonSummary) -> str:
        label = person.name
        if person.nickname:
            label = fill(self.tr("%1 (%2)"), label, person.nickname)
        if person.name.casefold() in self._same_name:
            extra = ", ".join(person.interests[:2]) or self._circle_name(person.circle)
            label = fill(self.tr("%1 · %2"), label, extra)
        return label


class _NameEdit(QLineEdit):
    """Enter with no list open adds the typed name, and never submits the dialog."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PeoplePicker(QWidget):
    """Chips of the chosen people, then a field that completes over everyone's names."""

    changed = Signal()
    problem = Signal(str)
    """A typed name matched nobody (or several): what to tell the user."""

    def __init__(self, people: Sequence[PersonSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_id = {p.id: p for p in people}
        self._chosen: list[int] = []
        self._chips: dict[int, QToolButton] = {}
        self.people_model = PeopleListModel(people, self)

        self.chips_area = QWidget(self)
        self._flow = FlowLayout(self.chips_area)
        self.edit = _NameEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name to add someone…"))
        self.edit.setAccessibleName(self.tr("Add a person"))
        self.edit.setClearButtonEnabled(True)
        self.completer = FoldedCompleter(self, SEARCH_ROLE)
        self.completer.setModel(self.people_model)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        # Attached with setWidget, not setCompleter: picking a name adds a chip and
        # clears the field instead of writing the name into it.
        self.completer.setWidget(self.edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips_area)
        layout.addWidget(self.edit)
        self.chips_area.hide()
        self.setFocusProxy(self.edit)

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.entered.connect(self._on_entered)
        # The QModelIndex overload tells which person was picked, even among same names.
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completion_activated
        )

    # --- public ------------------------------------------------------------------------

    def person_ids(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def chosen(self) -> list[PersonSummary]:
        return [self._by_id[i] for i in self._chosen if i in self._by_id]

    def set_people(self, ids: Iterable[int]) -> None:
        for pid in list(self._chosen):
            self._remove(pid, notify=False)
        for pid in ids:
            self._add(pid, notify=False)
        self.changed.emit()

    def add_person(self, person_id: int) -> None:
        self._add(person_id, notify=True)

    def remove_person(self, person_id: int) -> None:
        self._remove(person_id, notify=True)

    def chip(self, person_id: int) -> QToolButton | None:
        return self._chips.get(person_id)

    # --- reacting ----------------------------------------------------------------------

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        if not text.strip():
            self._hide_list()
            return
        self.completer.setCompletionPrefix(text.strip())
        self.completer.complete()

    @Slot(QModelIndex)
    def _on_completion_activated(self, index: QModelIndex) -> None:
        pid = index.data(PERSON_ID_ROLE)
        if isinstance(pid, int):
            self.add_person(pid)
            self.edit.clear()

    def _on_entered(self) -> None:
        text = " ".join(self.edit.text().split()).casefold()
        exact = [p for p in self._by_id.values() if p.name.casefold() == text]
        if len(exact) != 1:
            model = self.completer.completionModel()
            matches = [model.index(r, 0).data(PERSON_ID_ROLE) for r in range(model.rowCount())]
            if len(matches) == 1 and self.completer.completionPrefix().casefold() == text:
                exact = [self._by_id[matches[0]]]
        if len(exact) == 1:
            self.add_person(exact[0].id)
            self.edit.clear()
            self._hide_list()
        elif exact:
            self.problem.emit(
                fill(
                    self.tr("Several people are called “%1”; pick one from the list."),
                    self.edit.text().strip(),
                )
            )
        else:
            self.problem.emit(
                fill(self.tr("No one called “%1” is in Kith."), self.edit.text().strip())
            )

    def _hide_list(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    # --- chips -------------------------------------------------------------------------

    def _add(self, person_id: int, *, notify: bool) -> None:
        person = self._by_id.get(person_id)
        if person is None or person_id in self._chosen:
            return
        self._chosen.append(person_id)
        chip = QToolButton(self.chips_area)
        chip.setText(shown_as_typed(person.name))
        chip.setIcon(icon("close"))
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        chip.setToolTip(plain_tooltip(fill(self.tr("Remove %1 from this meetup"), person.name)))
        chip.setAccessibleName(fill(self.tr("Remove %1"), person.name))
        chip.clicked.connect(lambda _=False, pid=person_id: self.remove_person(pid))
        self._chips[person_id] = chip
        self._flow.addWidget(chip)
        self.chips_area.show()
        if notify:
            self.changed.emit()

    def _remove(self, person_id: int, *, notify: bool) -> None:
        if person_id not in self._chosen:
            return
        self._chosen.remove(person_id)
        chip = self._chips.pop(person_id)
        had_focus = chip.hasFocus()
        self._flow.removeWidget(chip)
        chip.deleteLater()
        self.chips_area.setVisible(bool(self._chosen))
        if had_focus:
            self.edit.setFocus()
        if notify:
            self.changed.emit()
