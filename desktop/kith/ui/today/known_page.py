"""Today as it was last shown, painted before the database is open; read-only.

Laid out as Today is, with the same words, so that when the live read replaces it nothing
moves if nothing changed. Its buttons are disabled: acting waits for the live Today.
Imports neither the services nor SQLAlchemy: it is on screen before they are loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.values import TendingState
from kith.ui.today.columns import arrange, two_columns
from kith.ui.today.snapshot import ShownRow, TodaySnapshot
from kith.ui.widgets.elided_label import ElidedLabel
from kith.ui.widgets.icons import icon
from kith.ui.widgets.name_links import NamesLabel
from kith.ui.widgets.quiet_button import quiet_button
from kith.ui.widgets.sections import Section
from kith.ui.widgets.state_stripe import StateStripe


def _today_words(text: str) -> str:
    """The live page's own words (its translations), for the headings both show."""
    return QCoreApplication.translate("TodayPage", text)


def _row_words(text: str) -> str:
    return QCoreApplication.translate("DueRow", text)


def _hidden_unless(shown: object, widget: QWidget) -> None:
    """Hide what has nothing to show; the rest shows with the page. An explicit show
    before then would size each widget on its own (a layout pass per widget)."""
    if not shown:
        widget.hide()


def _rich(text: str, parent: QWidget) -> NamesLabel:
    label = NamesLabel(parent)
    label.set_html(text)
    label.setWordWrap(True)
    _hidden_unless(text, label)
    return label


def _stripe(state: str, row: QWidget) -> StateStripe:
    """The tending colour and sign down the row's edge, as on the live row."""
    try:
        known = TendingState(state)
    except ValueError:  # read_snapshot checked it is text, not that it names a state
        return StateStripe(None, row)
    return StateStripe(known, row)


def _together(sentence: str, parent: QWidget) -> QWidget:
    """One group worth seeing together, its Plan button disabled until the live read."""
    line = QWidget(parent)
    row = QHBoxLayout(line)
    row.setContentsMargins(0, 0, 0, 0)
    text = QLabel(sentence, line)
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    plan = QPushButton(icon("plan"), _today_words("Plan together…"), line)
    plan.setEnabled(False)
    row.addWidget(text, 1)
    row.addWidget(plan)
    return line


class KnownRow(QFrame):
    """A short-list row as it was shown, laid out as the live row, its actions disabled."""

    def __init__(self, row: ShownRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(row.name)
        self.name = ElidedLabel(row.name, self, link=True)
        font = self.name.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.about = ElidedLabel(row.about, self)
        self.about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.words = QLabel(row.words, self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.name)
        top.addWidget(self.about, 1)
        detail = QVBoxLayout()
        detail.setSpacing(1)
        detail.setContentsMargins(0, 6, 0, 6)
        detail.addLayout(top)
        detail.addWidget(self.words)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.state = row.state
        self.stripe = _stripe(row.state, self)
        layout.addWidget(self.stripe)
        layout.addSpacing(6)
        layout.addLayout(detail, 1)
        saw = QPushButton(icon("saw-today"), _row_words("Saw them today"), self)
        layout.addWidget(saw)
        for name, words in (("plan", "Plan…"), ("snooze", "Snooze")):
            button = QToolButton(self)
            button.setIcon(icon(name))
            button.setText(_row_words(words))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if name == "snooze":
                # The live Snooze opens a menu: the same arrow, so the row is as wide.
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                button.setMenu(QMenu(button))
            button.setFixedHeight(saw.sizeHint().height())  # framed and sized as the live row's
            layout.addWidget(button)
        for action in self.findChildren(QAbstractButton):
            action.setEnabled(False)  # acting waits for the live row

    def shown(self) -> ShownRow:
        return ShownRow(
            self.name.full_text(), self.about.full_text(), self.words.text(), self.state
        )


class KnownToday(QWidget):
    """Today from its snapshot, with a quiet "Updating…" until the live read is in."""

    def __init__(self, snapshot: TodaySnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.greeting = QLabel(snapshot.greeting, self)
        font = QFont(self.greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.greeting.setFont(font)
        self.updating = QLabel(self.tr("Updating…"), self)
        self.updating.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        rows = QWidget(self)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(6)
        self.rows = [KnownRow(row, rows) for row in snapshot.rows]
        for row in self.rows:
            rows_layout.addWidget(row)
        self.due_section = Section(_today_words("Worth seeing in person"), rows, self)
        self.due_section.set_note(snapshot.due_note)
        self.more = quiet_button(QPushButton(snapshot.more, self))
        self.more.setEnabled(False)
        _hidden_unless(snapshot.more, self.more)
        self.unsorted = quiet_button(QPushButton(snapshot.unsorted, self))
        self.unsorted.setEnabled(False)
        _hidden_unless(snapshot.unsorted, self.unsorted)

        groups = QWidget(self)
        groups_layout = QVBoxLayout(groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.setSpacing(6)
        self.group_lines = [_together(sentence, groups) for sentence in snapshot.together]
        for line in self.group_lines:
            groups_layout.addWidget(line)
        self.groups_section = Section(_today_words("Together"), groups, self)
        _hidden_unless(snapshot.together, self.groups_section)

        self.meetups = _rich(snapshot.meetups, self)
        self.meetups_section = Section(_today_words("Coming up"), self.meetups, self)
        self.meetups_section.set_note(snapshot.meetups_note)
        self.dates = _rich(snapshot.dates, self)
        self.dates_section = Section(_today_words("Important dates"), self.dates, self)
        self.dates_section.set_note(snapshot.dates_note)
        self.follow_ups = _rich(snapshot.follow_ups, self)
        self.follow_ups_section = Section(_today_words("Before you meet"), self.follow_ups, self)
        _hidden_unless(snapshot.follow_ups, self.follow_ups_section)

        # Laid out, and scrolled, as the live page is: the first paint must not jump.
        self.columns = columns = two_columns(
            self.due_section,
            (self.more, self.unsorted),
            (
                self.groups_section,
                self.meetups_section,
                self.dates_section,
                self.follow_ups_section,
            ),
        )
        heading = QHBoxLayout()
        heading.addWidget(self.greeting)
        heading.addStretch(1)
        heading.addWidget(self.updating)
        body = QWidget(self)
        self._page_layout = page = QVBoxLayout(body)
        page.setContentsMargins(22, 16, 22, 16)
        page.addLayout(heading)
        page.addSpacing(6)
        page.addLayout(columns, 1)
        scroll = QScrollArea(self)
        # Resizable before the page goes in: one layout pass, at the window's width.
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def stacked(self) -> bool:
        """The right-hand column is below the list (a narrow window), as on the live page."""
        return self.columns.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        arrange(self.columns, self._page_layout, self.rows, event.size().width())
        super().resizeEvent(event)

    def shown(self) -> TodaySnapshot:
        """The texts on screen, in the snapshot's terms (what a test compares)."""
        return TodaySnapshot(
            greeting=self.greeting.text(),
            rows=tuple(row.shown() for row in self.rows),
            together=tuple(
                line.findChild(QLabel).text()  # type: ignore[union-attr]
                for line in self.group_lines
            ),
            more=self.more.text() if not self.more.isHidden() else "",
            due_note=self.due_section.note.text(),
            unsorted=self.unsorted.text() if not self.unsorted.isHidden() else "",
            meetups=self.meetups.html(),
            meetups_note=self.meetups_section.note.text(),
            dates=self.dates.html(),
            dates_note=self.dates_section.note.text(),
            follow_ups=self.follow_ups.html(),
        )
