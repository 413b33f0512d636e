"""Today: who is worth seeing in person, what is coming up, and what to remember."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kith.domain.interests import GroupSuggestion
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.today import DUE_ROWS, TodayView
from kith.ui.person.actions import PersonActions
from kith.ui.shell.background import BackgroundRead
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible
from kith.ui.shell.undo_history import UndoEntry
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain
from kith.ui.today.columns import arrange, two_columns
from kith.ui.today.due_row import DueRow
from kith.ui.today.keeper import SnapshotKeeper
from kith.ui.today.row_keys import RowKeys
from kith.ui.today.snapshot import ShownRow, TodaySnapshot, files_state, key_for
from kith.ui.today.words import greeting, today_words
from kith.ui.widgets.icons import icon
from kith.ui.widgets.name_links import NamesLabel
from kith.ui.widgets.quiet_button import quiet_button
from kith.ui.widgets.sections import Section

_LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)
SETTLE_MS = 4000
"""How long a row stays marked after the pointer has left the list."""


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = None if item is None else item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def _column() -> tuple[QWidget, QVBoxLayout]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    return box, layout


class TodayPage(QWidget):
    person_requested = Signal(int)
    more_requested = Signal()
    sort_requested = Signal()
    """The user asked to sort the people not sorted into a circle yet."""
    """The user asked for everyone worth seeing, beyond the rows shown here."""
    loaded = Signal()
    """Fresh data is on the page."""
    settled = Signal()
    """A read ended: fresh data is on the page, or the page says why there is none."""

    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        actions: PersonActions,
        parent: QWidget | None = None,
        *,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        """`settle_ms`: how long rows acted on stay put once the pointer is off the list."""
        super().__init__(parent)
        self._services = services
        self._actions = actions
        self._history = actions.history
        self._marks: set[UndoEntry] = set()
        """What was done to rows still shown marked."""
        self._words: dict[UndoEntry, str] = {}
        """The words a row shows once acted on from here, to show again on redo."""
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(settle_ms)
        self.settle.timeout.connect(self._on_settled)
        self.due_rows: list[DueRow] = []
        self.row_keys = RowKeys(self)
        self.due_total = 0
        self._data: TodayView | None = None
        self._files_read: tuple[int, ...] | None = None
        """The database's files as they were when the data shown was read."""
        self._reader = BackgroundRead(self._read, self)
        self._reader.finished.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self._build()
        self.greeting.setText(greeting(services.ctx.today()))
        for section in (
            self.groups_section,
            self.meetups_section,
            self.dates_section,
            self.follow_ups_section,
        ):
            section.hide()  # until there is something to say
        self.refresher = RefreshWhenVisible(self, changes, self._read_again, hold=self.holding)
        self.keeper = SnapshotKeeper(services, self)
        changes.changed.connect(self._keep_after_change)
        self._history.undone.connect(self._on_undone)
        self._history.redone.connect(self._on_redone)

    def _build(self) -> None:
        body = QWidget()
        self.greeting = QLabel(body)
        font = QFont(self.greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.greeting.setFont(font)

        due_box, self.due_layout = _column()
        self.more_button = quiet_button(QPushButton(body))
        self.more_button.clicked.connect(self.more_requested)
        # One quiet line, only while someone is not sorted yet: no badge, no colour.
        self.sort_button = quiet_button(QPushButton(body))
        self.sort_button.hide()
        self.sort_button.clicked.connect(self.sort_requested)
        self.due_section = Section(self.tr("Worth seeing in person"), due_box, body)
        groups_box, self.groups_layout = _column()
        self.groups_section = Section(self.tr("Together"), groups_box, body)
        self.group_lines: list[QLabel] = []
        self.meetups = NamesLabel(body)
        self.meetups.setWordWrap(True)
        self.meetups.linkActivated.connect(self._on_link)
        self.meetups.setTextInteractionFlags(_LINKS)
        self.meetups_section = Section(self.tr("Coming up"), self.meetups, body)
        self.dates = NamesLabel(body)
        self.dates.setWordWrap(True)
        self.dates.linkActivated.connect(self._on_link)
        self.dates.setTextInteractionFlags(_LINKS)
        self.dates_section = Section(self.tr("Important dates"), self.dates, body)
        self.follow_ups = NamesLabel(body)
        self.follow_ups.setWordWrap(True)
        self.follow_ups.linkActivated.connect(self._on_link)
        self.follow_ups.setTextInteractionFlags(_LINKS)
        self.follow_ups_section = Section(self.tr("Before you meet"), self.follow_ups, body)

        # Side by side when there is room; the right column goes below the list when not.
        self.columns = columns = two_columns(
            self.due_section,
            (self.more_button, self.sort_button),
            (
                self.groups_section,
                self.meetups_section,
                self.dates_section,
                self.follow_ups_section,
            ),
        )
        self.due_box = due_box
        self._page_layout = page = QVBoxLayout(body)
        page.setContentsMargins(22, 16, 22, 16)
        page.addWidget(self.greeting)
        page.addSpacing(6)
        page.addLayout(columns, 1)

        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: it scrolls to whichever row or link has the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Rows shorten their names instead: the page never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- layout -----------------------------------------------------------------------
    @property
    def stacked(self) -> bool:
        """The right-hand column is below the list (a narrow window)."""
        return self.columns.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        arrange(self.columns, self._page_layout, self.due_rows, width)

    # --- rows acted on -----------------------------------------------------------------
    def holding(self) -> bool:
        """Rows were just acted on and the page is on show: a reload waits, nothing moves."""
        return self.settle.isActive() and self.isVisible()

    def _mark(self, person_id: int, entry: UndoEntry | None, words: str) -> None:
        row = next((r for r in self.due_rows if r.person.id == person_id), None)
        if entry is None or row is None:
            return
        self._marks.add(entry)
        self._words[entry] = words
        row.mark_done(words, entry)
        self.settle.start()

    def _on_saw(self, person_id: int) -> None:
        entry = self._actions.saw_today([person_id])
        self._mark(person_id, entry, self.tr("Seen today ✓"))

    def _on_snooze(self, person_id: int, days: int) -> None:
        entry = self._actions.snooze(person_id, days)
        until = self._services.ctx.today() + timedelta(days=days)
        self._mark(person_id, entry, self._snoozed_words(until))

    def _on_snooze_until(self, person_id: int) -> None:
        self._actions.snooze_until(
            person_id,
            then=lambda entry, until: self._mark(person_id, entry, self._snoozed_words(until)),
        )

    def _snoozed_words(self, until: date) -> str:
        return fill(self.tr("Snoozed until %1"), fmt.day_and_month(until))

    def _on_row_undo(self, entry: object) -> None:
        if isinstance(entry, UndoEntry):
            self._history.revert(entry)

    def _on_undone(self, entry: UndoEntry) -> None:
        for row in self.due_rows:
            if row.entry is entry:
                row.unmark()
        if entry in self._marks:
            self._marks.discard(entry)
            self.settle.start()  # the list stays still until the pointer has left it

    def _on_redone(self, entry: UndoEntry) -> None:
        """Redone while Today is on show: the same row is marked again, in place."""
        if not self.isVisible() or len(entry.person_ids) != 1:
            return
        words = self._words.get(entry)
        if words is not None:
            self._mark(entry.person_ids[0], entry, words)

    def _on_settled(self) -> None:
        if self.due_box.underMouse():
            self.settle.start()  # the pointer is still on the list: wait for it to leave
            return
        self._let_go()

    def _let_go(self) -> None:
        """The marked rows may go now: the page shows the fresh list."""
        self._marks.clear()
        self.settle.stop()
        self.refresher.reload_if_stale()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving Today ends the marks; coming back shows the list as it now is.
        self._marks.clear()
        self.settle.stop()
        super().hideEvent(event)

    # --- data -------------------------------------------------------------------------
    def refresh_if_stale(self) -> None:
        """A new day since the last read (the window stayed open overnight): read again."""
        if self._data is not None and self._data.today != self._services.ctx.today():
            self.refresher.mark_stale()

    @property
    def loading(self) -> bool:
        return self._reader.busy

    def refresh(self) -> None:
        """Read today's picture off the GUI thread; the sections fill in when it is ready."""
        self.refresher.reload()

    def _read_again(self) -> None:
        if self._data is None:
            self.due_section.set_note(self.tr("Gathering today…"))
        self._reader.request()

    def wait(self) -> None:
        self._reader.wait()

    def _read(self) -> TodayView:
        # Taken before reading: a write during the read leaves the snapshot stale, not wrong.
        self._files_read = files_state(self._database)
        return self._services.today.view(due_rows=DUE_ROWS)

    @property
    def _database(self) -> Path:
        return self._services.ctx.db.path.expanduser().resolve()

    def _on_read(self, data: object) -> None:
        if self.holding():
            self.refresher.mark_stale()  # read again once the marked rows may go
            return
        if isinstance(data, TodayView):
            self._data = data
            self._show(data)
            self._keep_snapshot(data)
        self.settled.emit()

    def _on_read_failed(self, error: object) -> None:
        shown = explain(error) if isinstance(error, BaseException) else str(error)
        self.due_section.set_note(fill(self.tr("Today could not be read: %1"), shown))
        self.settled.emit()

    def _show(self, data: TodayView) -> None:
        shown = today_words(data)
        self.greeting.setText(shown.greeting)
        self._fill_due(data, shown)
        self._fill_groups(data.groups, shown.together)
        self.sort_button.setText(shown.unsorted)
        self.sort_button.setVisible(bool(shown.unsorted))
        self.meetups.set_html(shown.meetups)
        self.meetups.setVisible(bool(shown.meetups))
        self.meetups_section.set_note(shown.meetups_note)
        self.dates.set_html(shown.dates)
        self.dates.setVisible(bool(shown.dates))
        self.dates_section.set_note(shown.dates_note)
        self.follow_ups.set_html(shown.follow_ups)
        self.follow_ups_section.setVisible(bool(shown.follow_ups))
        self.meetups_section.show()
        self.dates_section.show()
        self._order_tabs()
        self.loaded.emit()

    def _order_tabs(self) -> None:
        """Tab goes through the list first, then the column beside it, as they read.

        Rows are built after the column, so without this Tab would reach them last.
        """
        self.row_keys.attach(self.due_rows)
        chain: list[QWidget] = [*self.due_rows, self.more_button, self.sort_button]
        for line in range(self.groups_layout.count()):
            item = self.groups_layout.itemAt(line)
            box = item.widget() if item is not None else None
            if box is not None:
                chain.extend(box.findChildren(QPushButton))
        chain.extend((self.meetups, self.dates, self.follow_ups))
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _keep_snapshot(self, data: TodayView) -> None:
        """What is on screen now, for the next start to paint before the database opens."""
        files = self._files_read
        if files is None:
            return
        key = key_for(self._database, data.today, QLocale().name())
        self.keeper.keep(replace(key, files=files), self.shown())

    def _keep_after_change(self, _what: object) -> None:
        """On show and free to move, Today reads again now and keeps what it shows;
        otherwise the snapshot is rewritten behind the scenes."""
        if not self.isVisible() or self.holding():
            self.keeper.schedule()

    def shown(self) -> TodaySnapshot:
        """The texts on screen, in the snapshot's terms."""
        return TodaySnapshot(
            greeting=self.greeting.text(),
            rows=tuple(
                ShownRow(
                    row.name.full_text(),
                    row.reason.full_text(),
                    row.words.text(),
                    row.person.tending.state.value,
                )
                for row in self.due_rows
            ),
            together=tuple(line.text() for line in self.group_lines),
            more=self.more_button.text() if not self.more_button.isHidden() else "",
            due_note=self.due_section.note.text(),
            unsorted=self.sort_button.text() if not self.sort_button.isHidden() else "",
            meetups=self.meetups.html(),
            meetups_note=self.meetups_section.note.text(),
            dates=self.dates.html(),
            dates_note=self.dates_section.note.text(),
            follow_ups=self.follow_ups.html(),
        )

    def _fill_due(self, data: TodayView, shown: TodaySnapshot) -> None:
        _clear(self.due_layout)
        self.due_rows = []
        self.due_total = data.due_total
        for person in data.due:
            row = DueRow(person, data.today, data.reasons.get(person.id))
            row.open_requested.connect(self.person_requested)
            row.saw_today.connect(self._on_saw)
            row.plan_requested.connect(lambda pid: self._actions.plan_meetup([pid]))
            row.snooze_requested.connect(self._on_snooze)
            row.snooze_until_requested.connect(self._on_snooze_until)
            row.undo_requested.connect(self._on_row_undo)
            self.due_layout.addWidget(row)
            self.due_rows.append(row)
        self.more_button.setText(shown.more)
        self.more_button.setVisible(bool(shown.more))
        self.due_section.set_note(shown.due_note)
        self._arrange(self.width())

    def _fill_groups(self, groups: Sequence[GroupSuggestion], sentences: Sequence[str]) -> None:
        _clear(self.groups_layout)
        self.group_lines = []
        for group, sentence in zip(groups, sentences, strict=True):
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            text = QLabel(sentence, line)
            text.setTextFormat(Qt.TextFormat.PlainText)  # names and interests as typed
            text.setWordWrap(True)
            plan = QPushButton(icon("plan"), self.tr("Plan together…"), line)
            if group.interest:
                plan.setAccessibleName(fill(self.tr("Plan a meetup around %1"), group.interest))
            else:
                plan.setAccessibleName(
                    fill(self.tr("Plan a meetup with %1"), " · ".join(group.names))
                )
            ids = list(group.person_ids)
            plan.clicked.connect(lambda _=False, ids=ids: self._actions.plan_meetup(ids))
            row.addWidget(text, 1)
            row.addWidget(plan)
            self.groups_layout.addWidget(line)
            self.group_lines.append(text)
        self.groups_section.setVisible(bool(groups))

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "person" and value.isdigit():
            self.person_requested.emit(int(value))

    def due_ids(self) -> list[int]:
        return [row.person.id for row in self.due_rows]
