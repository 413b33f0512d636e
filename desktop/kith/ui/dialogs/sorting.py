"""Sorting people not sorted yet into circles: one person at a time, one key each.

Each choice is written at once, so closing the dialog any time keeps what was done and
opening it again starts at the first person still not sorted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kith.domain.placeholders import fill
from kith.domain.values import RINGS, Circle, ContactKind, DateKind
from kith.ui.text import formatting as fmt
from kith.ui.text.day_format import day_month

if TYPE_CHECKING:
    from kith.services.app import Services
    from kith.services.views import PersonDetail

OnChoice = Callable[[Callable[[], object], Callable[[], object], str], object]
"""Told of each choice as (undo, redo, description), e.g. to push it to the window's undo."""

ARCHIVE_KEY = Qt.Key.Key_0
CIRCLE_KEYS: dict[Qt.Key, Circle] = dict(
    zip((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4), RINGS, strict=True)
)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a person is: a circle, and whether they are archived."""

    circle: Circle
    archived: bool


ARCHIVED = Placement(Circle.UNSORTED, archived=True)
"""The choice "not someone to tend": kept in the archive, not sorted, restorable."""


class SortingDialog(QDialog):
    """People not sorted yet, one at a time: 1–4 a circle, 0 archive, S skip, Backspace back."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        on_choice: OnChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._on_choice = on_choice
        self.setWindowTitle(self.tr("Sort people"))
        self.queue: list[int] = services.people.unsorted_ids()
        self.position = 0
        self._chosen: dict[int, Placement] = {}
        self._build()
        self._show_current()

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.progress = QLabel(self)
        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel(self)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice_note = QLabel(self)

        self.circle_buttons: dict[Circle, QPushButton] = {}
        grid = QGridLayout()
        for index, (key, circle) in enumerate(CIRCLE_KEYS.items()):
            button = self._key_button(key, self._circle_words(circle))
            button.clicked.connect(lambda _=False, c=circle: self.choose(Placement(c, False)))
            self.circle_buttons[circle] = button
            grid.addWidget(button, 0, index)
        self.archive_button = self._key_button(ARCHIVE_KEY, self.tr("Not someone to tend"))
        self.archive_button.setToolTip(self.tr("Archived: kept, and can be restored any time"))
        self.archive_button.clicked.connect(lambda: self.choose(ARCHIVED))
        self.skip_button = self._key_button(Qt.Key.Key_S, self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = self._key_button(Qt.Key.Key_Backspace, self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        grid.addWidget(self.archive_button, 1, 0, 1, 2)
        grid.addWidget(self.skip_button, 1, 2)
        grid.addWidget(self.back_button, 1, 3)

        person = QWidget(self)
        column = QVBoxLayout(person)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.progress)
        column.addSpacing(8)
        column.addWidget(self.name)
        column.addWidget(self.facts)
        column.addStretch(1)
        column.addWidget(self.choice_note)
        column.addLayout(grid)

        done = QWidget(self)
        self.done_note = QLabel(done)
        self.done_note.setWordWrap(True)
        self.done_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = QPushButton(self.tr("Close"), done)
        self.close_button.clicked.connect(self.accept)
        done_column = QVBoxLayout(done)
        done_column.addStretch(1)
        done_column.addWidget(self.done_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        done_column.addLayout(row)
        done_column.addStretch(1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(person)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 380)

    def _key_button(self, key: Qt.Key, label: str) -> QPushButton:
        """A button showing its key; without focus, so every key reaches the dialog."""
        keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{label}  ({keys})", self)
        button.setAccessibleName(label)
        button.setAccessibleDescription(fill(self.tr("Key: %1"), keys))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        return button

    # --- what the keys do -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in CIRCLE_KEYS:
            self.choose(Placement(CIRCLE_KEYS[key], False))
        elif key == ARCHIVE_KEY:
            self.choose(ARCHIVED)
        elif key == Qt.Key.Key_S:
            self.skip()
        elif key == Qt.Key.Key_Backspace:
            self.back()
        else:
            super().keyPressEvent(event)

    @property
    def current(self) -> int | None:
        """The person shown, or None once everyone in the queue has been seen."""
        return self.queue[self.position] if self.position < len(self.queue) else None

    def choose(self, placement: Placement) -> None:
        """Write the choice for the person shown and move on to the next one."""
        person_id = self.current
        if person_id is None:
            return
        before = self._chosen.get(person_id, Placement(Circle.UNSORTED, False))
        if placement != before:
            people = self._services.people

            def redo() -> None:
                people.sort(person_id, placement.circle, archived=placement.archived)

            def undo() -> None:
                people.sort(person_id, before.circle, archived=before.archived)

            redo()
            self._chosen[person_id] = placement
            if self._on_choice is not None:
                self._on_choice(undo, redo, self._describe(placement))
        self._move(1)

    def skip(self) -> None:
        """Leave the person shown not sorted yet; they come back next time."""
        if self.current is not None:
            self._move(1)

    def back(self) -> None:
        """Show the previous person again, so their choice can be changed."""
        if self.position > 0:
            self._move(-1)

    def _move(self, step: int) -> None:
        self.position += step
        self._show_current()

    def _describe(self, placement: Placement) -> str:
        name = self.name.text()
        if placement.archived:
            return fill(self.tr("Archived %1: not someone to tend."), name)
        return fill(self.tr("Moved %1 to %2."), name, self._circle_words(placement.circle))

    def _circle_words(self, circle: Circle) -> str:
        # "Close" alone, on a button of a dialog, reads as closing the dialog.
        return self.tr("Close circle") if circle == Circle.CLOSE else fmt.circle_label(circle)

    # --- showing ----------------------------------------------------------------------
    def _show_current(self) -> None:
        person_id = self.current
        self.back_button.setEnabled(self.position > 0)
        if person_id is None:
            self._show_done()
            return
        self.pages.setCurrentIndex(0)
        self.progress.setText(
            fill(
                self.tr("%1 of %2"),
                QLocale().toString(self.position + 1),
                QLocale().toString(len(self.queue)),
            )
        )
        detail = self._services.people.detail(person_id, timeline_limit=1)
        self.name.setText(detail.summary.name)
        self.facts.setText("\n".join(self._facts(detail)))
        chosen = self._chosen.get(person_id)
        if chosen is None:
            self.choice_note.clear()
        elif chosen.archived:
            self.choice_note.setText(self.tr("Chosen: not someone to tend"))
        else:
            self.choice_note.setText(fill(self.tr("Chosen: %1"), self._circle_words(chosen.circle)))

    def _facts(self, detail: PersonDetail) -> list[str]:
        """What is known about them, a line each, so the choice needs no other window."""
        lines = []
        if detail.organisation:
            lines.append(fill(self.tr("Organisation: %1"), detail.organisation))
        if detail.summary.nickname:
            lines.append(fill(self.tr("Nickname: %1"), detail.summary.nickname))
        for contact in detail.contacts:
            if contact.kind == ContactKind.ADDRESS:
                continue
            kind = self.tr("Phone") if contact.kind == ContactKind.PHONE else self.tr("E-mail")
            label = f"{kind} ({contact.label})" if contact.label else kind
            lines.append(f"{label}: {contact.value}")
        birthday = next((d for d in detail.dates if d.kind == DateKind.BIRTHDAY), None)
        if birthday is not None:
            when = day_month(birthday.next_on, weekday=False, short=False)
            lines.append(fill(self.tr("Birthday: %1"), when))
        if detail.interactions:
            last = detail.interactions[0]
            lines.append(
                fill(
                    self.tr("Last interaction: %1 (%2)"),
                    fmt.long_date(last.on),
                    fmt.mode_label(last.mode),
                )
            )
        else:
            lines.append(self.tr("No interaction logged yet"))
        return lines

    def _show_done(self) -> None:
        skipped = [p for p in self.queue if p not in self._chosen]
        if skipped:
            self.done_note.setText(
                self.tr("That is everyone for now. Those you skipped stay not sorted yet.")
            )
        else:
            self.done_note.setText(self.tr("Everyone is sorted."))
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
