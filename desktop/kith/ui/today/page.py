"""Today: who is worth seeing in person, what is coming up, and what to remember."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from html import escape
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer, Signal
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

from kith.domain.errors import KithError
from kith.domain.interests import GroupSuggestion
from kith.domain.placeholders import fill
from kith.domain.priority import Reason
from kith.services.app import Services
from kith.services.today import DUE_ROWS, TodayView
from kith.services.views import FollowUpView, ImportantDateView, MeetupView, PersonSummary
from kith.ui.person.actions import PersonActions
from kith.ui.shell.background import BackgroundRead
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible
from kith.ui.shell.undo_history import UndoEntry
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain
from kith.ui.today.columns import arrange
from kith.ui.today.due_row import DueRow
from kith.ui.today.row_keys import RowKeys
from kith.ui.today.snapshot import ShownRow, TodaySnapshot, files_state, key_for, write_snapshot
from kith.ui.widgets.icons import icon
from kith.ui.widgets.quiet_button import quiet_button
from kith.ui.widgets.sections import Section

_LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)
MEETUPS_SHOWN = 5
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
        self._kept: TodayView | None = None
        """The data the snapshot beside the database shows."""
        self._reader = BackgroundRead(self._read, self)
        self._reader.finished.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self._build()
        self.greeting.setText(fill(self.tr("Today, %1"), fmt.long_date(services.ctx.today())))
        for section in (
            self.groups_section,
            self.meetups_section,
            self.dates_section,
            self.follow_ups_section,
        ):
            section.hide()  # until there is something to say
        self.refresher = RefreshWhenVisible(self, changes, self._read_again, hold=self.holding)
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
        self.meetups = QLabel(body)
        self.meetups.setWordWrap(True)
        self.meetups.setTextFormat(Qt.TextFormat.RichText)
        self.meetups.linkActivated.connect(self._on_link)
        self.meetups.setTextInteractionFlags(_LINKS)
        self.meetups_section = Section(self.tr("Coming up"), self.meetups, body)
        self.dates = QLabel(body)
        self.dates.setWordWrap(True)
        self.dates.setTextFormat(Qt.TextFormat.RichText)
        self.dates.linkActivated.connect(self._on_link)
        self.dates.setTextInteractionFlags(_LINKS)
        self.dates_section = Section(self.tr("Important dates"), self.dates, body)
        self.follow_ups = QLabel(body)
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setTextFormat(Qt.TextFormat.RichText)
        self.follow_ups.linkActivated.connect(self._on_link)
        self.follow_ups.setTextInteractionFlags(_LINKS)
        self.follow_ups_section = Section(self.tr("Before you meet"), self.follow_ups, body)

        left = QVBoxLayout()
        left.addWidget(self.due_section)
        left.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.sort_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.groups_section)
        right.addWidget(self.meetups_section)
        right.addWidget(self.dates_section)
        right.addWidget(self.follow_ups_section)
        right.addStretch(1)
        # Side by side when there is room; the right column goes below the list when not.
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(28)
        self.due_box = due_box
        columns.addLayout(left, 2)
        columns.addLayout(right, 1)
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
    def changeEvent(self, event: QEvent) -> None:
        # Rich-text links take their colour when set: a new theme needs fresh text.
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            for label in (self.meetups, self.dates, self.follow_ups):
                label.clear()  # setText() skips text it already has, so nothing would recolour
            self._show(self._data)
        super().changeEvent(event)

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
        today = data.today
        self.greeting.setText(fill(self.tr("Today, %1"), fmt.long_date(today)))
        self._fill_due(data.due, data.due_total, today, data.reasons)
        self._fill_groups(data.groups)
        self._fill_unsorted(data.unsorted)
        self._fill_meetups(data.meetups, today)
        self._fill_dates(data.dates, today)
        self._fill_follow_ups(data.follow_ups)
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
        write_snapshot(self._database, replace(key, files=files), self.shown())
        self._kept = data

    def snapshot_still_true(self) -> bool:
        """Today read now shows what the snapshot shows (checked as the database closes,
        so the next start may trust the snapshot whatever wrote to the files meanwhile)."""
        if self._kept is None or self._reader.busy:
            return False
        try:
            return self._services.today.view(due_rows=DUE_ROWS) == self._kept
        except KithError:
            return False

    def shown(self) -> TodaySnapshot:
        """The texts on screen, in the snapshot's terms."""
        return TodaySnapshot(
            greeting=self.greeting.text(),
            rows=tuple(
                ShownRow(row.name.full_text(), row.reason.full_text(), row.words.text())
                for row in self.due_rows
            ),
            more=self.more_button.text() if not self.more_button.isHidden() else "",
            due_note=self.due_section.note.text(),
            unsorted=self.sort_button.text() if not self.sort_button.isHidden() else "",
            meetups=self.meetups.text(),
            meetups_note=self.meetups_section.note.text(),
            dates=self.dates.text(),
            dates_note=self.dates_section.note.text(),
            follow_ups=self.follow_ups.text(),
        )

    def _fill_due(
        self,
        people: Sequence[PersonSummary],
        total: int,
        today: date,
        reasons: Mapping[int, Reason],
    ) -> None:
        _clear(self.due_layout)
        self.due_rows = []
        self.due_total = total
        for person in people:
            row = DueRow(person, today, reasons.get(person.id))
            row.open_requested.connect(self.person_requested)
            row.saw_today.connect(self._on_saw)
            row.plan_requested.connect(lambda pid: self._actions.plan_meetup([pid]))
            row.snooze_requested.connect(self._on_snooze)
            row.snooze_until_requested.connect(self._on_snooze_until)
            row.undo_requested.connect(self._on_row_undo)
            self.due_layout.addWidget(row)
            self.due_rows.append(row)
        rest = total - len(people)
        self.more_button.setVisible(rest > 0)
        if rest > 0:
            self.more_button.setText(fill(self.tr("and %1 more…"), QLocale().toString(rest)))
        if not people:
            self.due_section.set_note(self.tr("Nobody is waiting to be seen. Enjoy the quiet."))
        else:
            self.due_section.set_note("")
        self._arrange(self.width())

    def _fill_unsorted(self, unsorted: int) -> None:
        self.sort_button.setVisible(unsorted > 0)
        if unsorted > 0:
            self.sort_button.setText(
                fill(
                    self.tr("%1 people from your contacts are not sorted yet — Sort them…")
                    if unsorted != 1
                    else self.tr("1 person from your contacts is not sorted yet — Sort them…"),
                    QLocale().toString(unsorted),
                )
            )

    def _fill_groups(self, groups: Sequence[GroupSuggestion]) -> None:
        _clear(self.groups_layout)
        for group in groups:
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self._group_sentence(group), line)
            text.setTextFormat(Qt.TextFormat.PlainText)  # names and interests as typed
            text.setWordWrap(True)
            plan = QPushButton(icon("plan"), self.tr("Plan together…"), line)
            plan.setAccessibleName(fill(self.tr("Plan a meetup around %1"), group.interest))
            ids = list(group.person_ids)
            plan.clicked.connect(lambda _=False, ids=ids: self._actions.plan_meetup(ids))
            row.addWidget(text, 1)
            row.addWidget(plan)
            self.groups_layout.addWidget(line)
        self.groups_section.setVisible(bool(groups))

    def _group_sentence(self, group: GroupSuggestion) -> str:
        """ "Ana, Ben and Chloé all like climbing…"; long groups name three and count the rest."""
        names = list(group.names)
        if len(names) > 4:
            others = len(names) - 3
            # Plural words first, names after: a name holding "(s)" stays as typed.
            counted = fmt.plural_fallback(self.tr("%1 and %n other(s)", "", others), others)
            joined = fill(counted, ", ".join(names[:3]))
        elif len(names) > 1:
            joined = fill(self.tr("%1 and %2"), ", ".join(names[:-1]), names[-1])
        else:
            joined = names[0] if names else ""
        if len(names) == 2:
            sentence = self.tr("%1 both like %2 and would be good to see.")
        else:
            sentence = self.tr("%1 all like %2 and would be good to see.")
        return fill(sentence, joined, group.interest)

    def _fill_meetups(self, meetups: Sequence[MeetupView], today: date) -> None:
        lines = []
        locale = QLocale()
        for meetup in meetups:
            day = meetup.local_day
            if day is None:
                continue
            when = f"{fmt.day_and_month(day)} · {fmt.relative_day(day, today)}"
            if meetup.starts_at is not None:
                when += " · " + locale.toString(
                    QTime(meetup.starts_at.hour, meetup.starts_at.minute),
                    QLocale.FormatType.ShortFormat,
                )
            who = ", ".join(
                f'<a href="person:{p.id}">{escape(p.name)}</a>' for p in meetup.people[:5]
            )
            more = len(meetup.people) - 5
            if more > 0:
                who += " " + escape(fill(self.tr("and %1 more"), str(more)))
            lines.append(
                f"<b>{escape(meetup.title)}</b><br/>{escape(when)}" + (f"<br/>{who}" if who else "")
            )
        shown = lines[:MEETUPS_SHOWN]
        if len(lines) > MEETUPS_SHOWN:
            shown.append(
                escape(
                    fill(
                        self.tr("…and %1 more in Plans"),
                        locale.toString(len(lines) - MEETUPS_SHOWN),
                    )
                )
            )
        self.meetups.setText("<br/><br/>".join(shown))
        self.meetups_section.set_note(
            "" if lines else self.tr("No meetups planned for the next two weeks.")
        )
        self.meetups.setVisible(bool(lines))

    def _fill_dates(self, dates: Sequence[ImportantDateView], today: date) -> None:
        lines = []
        for day in dates[:8]:
            label = fmt.date_kind_label(day.kind, day.label)
            when = fmt.relative_day(day.next_on, today)
            turning = ""
            if day.turning:
                turning = " · " + fill(self.tr("turns %1"), str(day.turning))
            lines.append(
                f'<a href="person:{day.person.id}">{escape(day.person.name)}</a> — '
                f"{escape(label)}, {escape(fmt.day_and_month(day.next_on))} "
                f"({escape(when)}){escape(turning)}"
            )
        self.dates.setText("<br/>".join(lines))
        self.dates.setVisible(bool(lines))
        self.dates_section.set_note(
            "" if lines else self.tr("No birthdays or anniversaries in the next three weeks.")
        )

    def _fill_follow_ups(self, follow_ups: Sequence[FollowUpView]) -> None:
        lines = [
            f'<a href="person:{f.person.id}">{escape(f.person.name)}</a>: {escape(f.text)}'
            for f in follow_ups[:10]
        ]
        self.follow_ups.setText("<br/>".join(lines))
        self.follow_ups_section.setVisible(bool(lines))

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "person" and value.isdigit():
            self.person_requested.emit(int(value))

    def due_ids(self) -> list[int]:
        return [row.person.id for row in self.due_rows]
