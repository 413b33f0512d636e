"""One person worth seeing, with the three things a user does about it, one click each.

Once acted on, the row stays where it is, marked ("Seen today ✓") with its own Undo and
its buttons disabled, so a second click in the same place never reaches someone else.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.placeholders import fill
from kith.domain.priority import Reason
from kith.services.views import PersonSummary
from kith.ui.today import words
from kith.ui.widgets.elided_label import ElidedLabel
from kith.ui.widgets.icons import icon
from kith.ui.widgets.state_stripe import StateStripe


class DueRow(QFrame):
    open_requested = Signal(int)
    saw_today = Signal(int)
    plan_requested = Signal(int)
    snooze_requested = Signal(int, int)  # person id, days
    snooze_until_requested = Signal(int)
    undo_requested = Signal(object)  # the UndoEntry the row is marked with

    def __init__(
        self,
        person: PersonSummary,
        today: date,
        reason: Reason | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(person.name)
        self.stripe = stripe = StateStripe(person.tending.state, self)

        self.entry: object | None = None
        """What the row was marked with (an UndoEntry), None while it can be acted on."""
        self.name = ElidedLabel(person.name, self, link=True)
        self.name.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.name.setAccessibleName(fill(self.tr("Open %1"), person.name))
        font = self.name.font()
        font.setWeight(font.Weight.DemiBold)
        self.name.setFont(font)
        self.name.linkActivated.connect(lambda _link: self.open_requested.emit(person.id))
        # The reason line: why they are worth seeing (circle, time since, ties).
        self.reason = circle = ElidedLabel(words.about(person, reason), self)
        circle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.words = QLabel(words.tending(person, today), self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        detail = QVBoxLayout()
        detail.setSpacing(1)
        detail.setContentsMargins(0, 6, 0, 6)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.name)
        top.addWidget(circle, 1)
        detail.addLayout(top)
        detail.addWidget(self.words)
        self.mark_line = QWidget(self)
        marked = QHBoxLayout(self.mark_line)
        marked.setContentsMargins(0, 0, 0, 0)
        marked.setSpacing(8)
        self.mark = QLabel(self.mark_line)
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QToolButton(self.mark_line)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAutoRaise(True)
        self.undo_button.setAccessibleName(fill(self.tr("Undo for %1"), person.name))
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(self.entry))
        marked.addWidget(self.mark)
        marked.addWidget(self.undo_button)
        marked.addStretch(1)
        self.mark_line.hide()
        detail.addWidget(self.mark_line)

        self.saw_button = QPushButton(icon("saw-today"), self.tr("Saw them today"), self)
        self.saw_button.setAccessibleName(fill(self.tr("Saw %1 today"), person.name))
        self.saw_button.setToolTip(self.tr("Log an in-person meeting today"))
        self.plan_button = QToolButton(self)
        self.plan_button.setIcon(icon("plan"))
        self.plan_button.setText(self.tr("Plan…"))
        self.plan_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.plan_button.setAccessibleName(fill(self.tr("Plan a meetup with %1"), person.name))
        self.plan_button.setToolTip(self.tr("Plan a meetup"))
        self.snooze_button = QToolButton(self)
        self.snooze_button.setIcon(icon("snooze"))
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.snooze_button.setAccessibleName(fill(self.tr("Snooze %1"), person.name))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_day = menu.addAction(self.tr("For a day"))
        self.snooze_week = menu.addAction(self.tr("For a week"))
        self.snooze_date = menu.addAction(self.tr("Until a date…"))
        self.snooze_button.setMenu(menu)
        self.snooze_day.triggered.connect(lambda: self.snooze_requested.emit(person.id, 1))
        self.snooze_week.triggered.connect(lambda: self.snooze_requested.emit(person.id, 7))
        self.snooze_date.triggered.connect(lambda: self.snooze_until_requested.emit(person.id))
        self.saw_button.clicked.connect(lambda: self.saw_today.emit(person.id))
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(person.id))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(stripe)
        row.addSpacing(6)
        row.addLayout(detail, 1)
        row.addWidget(self.saw_button)
        row.addWidget(self.plan_button)
        row.addWidget(self.snooze_button)
        row.setAlignment(self.saw_button, Qt.AlignmentFlag.AlignVCenter)
        # One button style in the row: all three framed, as tall as the push button.
        tall = self.saw_button.sizeHint().height()
        for button in (self.plan_button, self.snooze_button):
            button.setFixedHeight(tall)
            row.setAlignment(button, Qt.AlignmentFlag.AlignVCenter)

    @property
    def acted_on(self) -> bool:
        return self.entry is not None

    def mark_done(self, words: str, entry: object) -> None:
        """Show what was done in place of the tending words; the row turns inert."""
        # Same height, the mark where the words were: the rows below stay where they are.
        self.setFixedHeight(self.height())
        line = max(self.words.height(), self.fontMetrics().height() + 2)
        self.mark_line.setFixedHeight(line)
        self.undo_button.setMaximumHeight(line)
        self.entry = entry
        self.mark.setText(words)
        self.words.hide()
        self.mark_line.show()
        for button in (self.saw_button, self.plan_button, self.snooze_button):
            button.setEnabled(False)

    def unmark(self) -> None:
        """Undone: the person is back, and the row can be acted on again."""
        self.entry = None
        self.mark_line.hide()
        self.words.show()
        for button in (self.saw_button, self.plan_button, self.snooze_button):
            button.setEnabled(True)
