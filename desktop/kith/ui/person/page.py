"""A person's page: where they stand, what you share, what to remember, what happened."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError, NotFound
from kith.domain.placeholders import fill
from kith.domain.values import DateKind, Mode
from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.views import InteractionView, PersonDetail, PersonRef
from kith.ui.people.cache import PEOPLE_KINDS
from kith.ui.person.actions import PersonActions
from kith.ui.person.conflicts_section import ConflictsSection
from kith.ui.person.reach import ReachList
from kith.ui.person.ties_section import TiesSection
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible
from kith.ui.text import formatting as fmt
from kith.ui.widgets.icons import icon
from kith.ui.widgets.sections import Section, placeholder, say_or_quiet
from kith.ui.widgets.tending_palette import state_icon, state_word


class PersonPage(QWidget):
    person_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        actions: PersonActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actions = actions
        self.person_id: int | None = None
        self.detail: PersonDetail | None = None
        self._build()
        self.refresher = RefreshWhenVisible(
            self, changes, self._read_again, concerns=self._concerned, stale=False
        )

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.empty = placeholder(
            self.tr("Choose someone in People (Ctrl+2) to see their page here."), self
        )
        self.stack.addWidget(self.empty)

        body = QWidget()
        self.name = QLabel(body)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Labels showing what the user typed are plain text: "<b>" in a name stays "<b>".
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation = QLabel(body)
        self.organisation.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation.setWordWrap(True)
        self.organisation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.facts = QLabel(body)
        self.facts.setWordWrap(True)
        self.state_icon = QLabel(body)
        self.tending = QLabel(body)
        self.tending.setTextFormat(Qt.TextFormat.PlainText)
        self.tending.setWordWrap(True)
        self.tending.setAccessibleName(self.tr("Tending"))

        self.log_button = QPushButton(icon("log"), self.tr("Log interaction…"), body)
        self.log_button.setDefault(True)
        self.saw_button = QPushButton(icon("saw-today"), self.tr("Saw them today"), body)
        self.follow_up_button = QPushButton(icon("follow-up"), self.tr("Add follow-up…"), body)
        self.plan_button = QPushButton(icon("plan"), self.tr("Plan a meetup…"), body)
        self.edit_button = self._tool_button("edit", self.tr("Edit…"), body)
        self.archive_button = self._tool_button("archive", self.tr("Archive"), body)
        self.restore_button = self._tool_button("restore", self.tr("Restore"), body)
        buttons = QHBoxLayout()
        for button in (
            self.log_button,
            self.saw_button,
            self.follow_up_button,
            self.plan_button,
            self.edit_button,
            self.archive_button,
            self.restore_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.interests = QLabel(body)
        self.interests.setWordWrap(True)
        self.interests.setTextFormat(Qt.TextFormat.RichText)
        self.follow_ups = QListWidget(body)
        self.follow_ups.setAccessibleName(self.tr("Open follow-ups; tick one when done"))
        self.follow_ups.setFrameShape(QFrame.Shape.NoFrame)
        self.follow_ups.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.dates = QListWidget(body)
        self.dates.setAccessibleName(self.tr("Important dates"))
        self.dates.setFrameShape(QFrame.Shape.NoFrame)
        self.dates.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.dates.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.dates.customContextMenuRequested.connect(self._on_dates_menu)
        self.add_date_button = QPushButton(icon("date"), self.tr("Add date…"), body)
        self.add_date_button.setFlat(True)
        self.add_date_button.clicked.connect(self._on_add_date)
        dates_box = QWidget(body)
        dates_column = QVBoxLayout(dates_box)
        dates_column.setContentsMargins(0, 0, 0, 0)
        dates_column.addWidget(self.dates)
        dates_column.addWidget(self.add_date_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reach = ReachList(body)
        self.notes = QLabel(body)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meetups = QLabel(body)
        self.meetups.setTextFormat(Qt.TextFormat.RichText)  # built from escaped titles
        self.meetups.setWordWrap(True)
        self.timeline = QListWidget(body)
        self.timeline.setAccessibleName(self.tr("Timeline of interactions"))
        self.timeline.setIconSize(QSize(22, 22))
        self.timeline.setWordWrap(True)
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.setSpacing(2)
        self.timeline_title = Section(self.tr("Timeline"), self.timeline, body)

        side = QVBoxLayout()
        # Shown only while another device's value of theirs lost to a concurrent change.
        self.conflicts = ConflictsSection(self._services, self._actions.history, body)
        self.conflicts_section = Section(self.tr("Changed on two devices"), self.conflicts, body)
        self.conflicts_section.set_note(
            self.tr("Both devices changed these; Kith kept the later change everywhere.")
        )
        side.addWidget(self.conflicts_section)
        side.addWidget(Section(self.tr("Interests"), self.interests, body))
        self.ties = TiesSection(self._services, self._actions.history, body)
        self.ties.person_requested.connect(self.person_requested)
        self.ties.plan_requested.connect(self._actions.plan_meetup)
        self.ties_section = Section(self.tr("Ties"), self.ties, body)
        side.addWidget(self.ties_section)
        self.follow_ups_section = Section(self.tr("Follow-ups"), self.follow_ups, body)
        side.addWidget(self.follow_ups_section)
        self.meetups_section = Section(self.tr("Coming up"), self.meetups, body)
        side.addWidget(self.meetups_section)
        self.dates_section = Section(self.tr("Important dates"), dates_box, body)
        side.addWidget(self.dates_section)
        side.addWidget(Section(self.tr("How to reach them"), self.reach, body))
        side.addWidget(Section(self.tr("Notes"), self.notes, body))
        side.addStretch(1)

        header = QGridLayout()
        header.addWidget(self.name, 0, 0, 1, 2)
        header.addWidget(self.organisation, 1, 0, 1, 2)
        header.addWidget(self.facts, 2, 0, 1, 2)
        header.addWidget(self.state_icon, 3, 0)
        header.addWidget(self.tending, 3, 1)
        header.setColumnStretch(1, 1)

        side_box = QWidget()
        side_box.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_scroll = QScrollArea(body)
        side_scroll.setWidget(side_box)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A Tab stop, so its text can be scrolled by keyboard: named for screen readers.
        side_scroll.setAccessibleName(self.tr("Details"))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self.timeline_title, 3)
        columns.addWidget(side_scroll, 2)

        page = QVBoxLayout(body)
        page.setContentsMargins(18, 14, 18, 14)
        page.addLayout(header)
        page.addLayout(buttons)
        page.addSpacing(8)
        page.addLayout(columns, 1)

        self.stack.addWidget(body)
        self._body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.log_button.clicked.connect(lambda: self._with_person(self._actions.log_interaction))
        self.saw_button.clicked.connect(lambda: self._with_person(self._actions.saw_today))
        self.follow_up_button.clicked.connect(lambda: self._with_id(self._actions.add_follow_up))
        self.plan_button.clicked.connect(lambda: self._with_person(self._actions.plan_meetup))
        self.edit_button.clicked.connect(lambda: self._with_id(self._actions.edit_person))
        self.archive_button.clicked.connect(lambda: self._with_person(self._actions.archive))
        self.restore_button.clicked.connect(lambda: self._with_person(self._actions.restore))
        self.follow_ups.itemChanged.connect(self._on_follow_up_ticked)
        self.timeline.itemActivated.connect(self._on_timeline_activated)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._on_timeline_menu)
        delete_entry = QAction(self.tr("Delete entry…"), self.timeline)
        delete_entry.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_entry.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_entry.triggered.connect(self._on_delete_entry)
        self.timeline.addAction(delete_entry)

    @staticmethod
    def _tool_button(icon_name: str, text: str, parent: QWidget) -> QToolButton:
        """Less frequent actions: compact, named by tooltip and for screen readers."""
        button = QToolButton(parent)
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    def _with_person(self, act: object) -> None:
        if self.person_id is not None and callable(act):
            act([self.person_id])

    def _with_id(self, act: object) -> None:
        if self.person_id is not None and callable(act):
            act(self.person_id)

    # --- showing ----------------------------------------------------------------------
    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.refresh()

    def refresh(self) -> None:
        self.refresher.reload()

    def _concerned(self, what: Change) -> bool:
        """Only writes that touched this person (or everyone) change their page."""
        if self.person_id is None or not what.touches(*PEOPLE_KINDS, Kind.TIES):
            return False
        return what.everything or Kind.PROFILE in what.kinds or self.person_id in what.people

    def _read_again(self) -> None:
        if self.person_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        try:
            detail = self._services.people.detail(self.person_id)
        except NotFound:
            self.person_id = None
            self.detail = None
            self.stack.setCurrentWidget(self.empty)
            return
        self.detail = detail
        self._fill(detail)
        self.stack.setCurrentWidget(self._body)

    def _fill(self, detail: PersonDetail) -> None:
        person = detail.summary
        today = self._services.ctx.today()
        name = person.name if not person.nickname else f"{person.name} “{person.nickname}”"
        self.name.setText(name)
        self.organisation.setText(detail.organisation)
        self.organisation.setVisible(bool(detail.organisation))
        facts = [fmt.circle_label(person.circle)]
        rhythm = fmt.rhythm_words(person.rhythm_days)
        if person.circle.is_sorted:  # people not sorted yet have no rhythm
            facts.append(
                rhythm
                if not person.rhythm_is_custom
                else fill(self.tr("%1 (their own rhythm)"), rhythm)
            )
        if person.lean_on:
            facts.append(self.tr("someone you can lean on"))
        if person.archived:
            facts.append(self.tr("archived"))
        self.facts.setText(" · ".join(facts))
        size = self.fontMetrics().height()
        self.state_icon.setPixmap(
            state_icon(person.tending.state, self.palette()).pixmap(size, size)
        )
        self.state_icon.setToolTip(state_word(person.tending.state))
        words = fmt.tending_words(person, today)
        if person.last_talked is not None and person.last_talked != person.last_in_person:
            words += "\n" + fill(
                self.tr("last talked %1"), fmt.relative_day(person.last_talked, today)
            )
        if person.snoozed_until is not None and person.snoozed_until >= today:
            words += "\n" + fill(self.tr("snoozed until %1"), fmt.long_date(person.snoozed_until))
        self.tending.setText(words[:1].upper() + words[1:])
        self.archive_button.setVisible(not person.archived)
        self.restore_button.setVisible(person.archived)

        self.conflicts.show_person(person.id)
        self.conflicts_section.setVisible(bool(self.conflicts.conflicts))
        self._fill_interests(detail)
        self.ties.show_person(PersonRef(person.id, person.name))
        self._fill_follow_ups(detail)
        self._fill_meetups(detail)
        self._fill_dates(detail)
        self._fill_reach(detail)
        say_or_quiet(self.notes, detail.notes, self.tr("No notes yet."))
        self._fill_timeline(detail)

    def _fill_interests(self, detail: PersonDetail) -> None:
        person = detail.summary
        if not person.interests:
            say_or_quiet(self.interests, "", self.tr("No interests noted yet."))
            return
        shared = set(person.shared_interests)
        accent = fmt.IN_PERSON_ACCENT.name()
        parts = [
            f'<span style="color:{accent}; font-weight:600">{escape(tag)}</span>'
            if tag in shared
            else escape(tag)
            for tag in [*person.shared_interests, *(t for t in person.interests if t not in shared)]
        ]
        text = " · ".join(parts)
        if shared:
            text += (
                "<br/><small>" + escape(self.tr("Highlighted: interests you share.")) + "</small>"
            )
        say_or_quiet(self.interests, text, "")

    def _fill_follow_ups(self, detail: PersonDetail) -> None:
        self.follow_ups.blockSignals(True)
        self.follow_ups.clear()
        for follow_up in detail.follow_ups:
            if not follow_up.is_open:
                continue
            item = QListWidgetItem(follow_up.text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, follow_up.id)
            self.follow_ups.addItem(item)
        self.follow_ups.blockSignals(False)
        count = self.follow_ups.count()
        if not count:
            self.follow_ups.setFixedHeight(0)
        else:
            row = self.follow_ups.sizeHintForRow(0)
            self.follow_ups.setFixedHeight(min(count, 8) * row + 4)
        self.follow_ups_section.set_note(
            "" if count else self.tr("Nothing to remember. “Add follow-up” notes one.")
        )

    def _fill_meetups(self, detail: PersonDetail) -> None:
        today = self._services.ctx.today()
        lines = []
        for meetup in detail.upcoming_meetups:
            day = meetup.local_day
            when = (
                self.tr("an idea, no date yet")
                if day is None
                else f"{fmt.day_and_month(day)} ({fmt.relative_day(day, today)})"
            )
            lines.append(f"{escape(meetup.title)} — {escape(when)}")
        self.meetups.setText("<br/>".join(lines))
        self.meetups_section.setVisible(bool(lines))

    def _fill_dates(self, detail: PersonDetail) -> None:
        today = self._services.ctx.today()
        self.dates.clear()
        for day in detail.dates:
            label = fmt.date_kind_label(day.kind, day.label)
            when = f"{fmt.day_and_month(day.next_on)} ({fmt.relative_day(day.next_on, today)})"
            if day.kind == DateKind.BIRTHDAY and day.turning:
                when += " · " + fill(self.tr("turns %1"), str(day.turning))
            item = QListWidgetItem(f"{label}: {when}")
            item.setData(Qt.ItemDataRole.UserRole, day.id)
            item.setToolTip(self.tr("Right-click to remove"))
            self.dates.addItem(item)
        rows = self.dates.count()
        self.dates.setFixedHeight(rows * self.dates.sizeHintForRow(0) + 4 if rows else 0)
        self.dates_section.set_note("" if rows else self.tr("No dates noted yet."))

    def _on_add_date(self) -> None:
        if self.person_id is None:
            return
        from kith.ui.dialogs.important_date import ImportantDateDialog

        dialog = ImportantDateDialog(self._services, self.person_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_dates_menu(self, pos: QPoint) -> None:
        item = self.dates.itemAt(pos)
        if item is None:
            return
        date_id = int(item.data(Qt.ItemDataRole.UserRole))
        day = next((d for d in self.detail.dates if d.id == date_id), None) if self.detail else None
        if day is None:
            return
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not kept
        menu.addAction(self.tr("Remove this date"), lambda: self._actions.remove_date(day))
        menu.popup(self.dates.viewport().mapToGlobal(pos))

    def _fill_reach(self, detail: PersonDetail) -> None:
        self.reach.show_contacts(list(detail.contacts))

    def _fill_timeline(self, detail: PersonDetail) -> None:
        self.timeline.clear()
        in_person_tint = QColor(fmt.IN_PERSON_ACCENT)
        in_person_tint.setAlpha(34)
        for interaction in detail.interactions:
            item = QListWidgetItem(self._timeline_text(interaction, detail))
            in_person = interaction.mode == Mode.IN_PERSON
            item.setIcon(
                icon(
                    fmt.mode_icon_name(interaction.mode),
                    fmt.IN_PERSON_ACCENT if in_person else None,
                )
            )
            if in_person:
                item.setBackground(in_person_tint)
            item.setData(Qt.ItemDataRole.UserRole, interaction.id)
            item.setToolTip(fmt.plain_tooltip(interaction.note or fmt.mode_label(interaction.mode)))
            self.timeline.addItem(item)
        if not detail.interactions:
            self.timeline_title.set_note(
                self.tr("Nothing logged yet. When you meet, “Log interaction” keeps it here.")
            )
        elif detail.interaction_count > len(detail.interactions):
            self.timeline_title.set_note(
                fill(
                    self.tr("The latest %1 of %2."),
                    str(len(detail.interactions)),
                    str(detail.interaction_count),
                )
            )
        else:
            self.timeline_title.set_note("")

    def _timeline_text(self, interaction: InteractionView, detail: PersonDetail) -> str:
        day = fmt.long_date(interaction.on)
        head = f"{fmt.mode_label(interaction.mode)} · {day}"
        if interaction.place:
            head += " · " + interaction.place
        others = [p.name for p in interaction.people if p.id != detail.summary.id]
        if others:
            head += " · " + fill(
                QCoreApplication.translate("PersonPage", "with %1"),
                ", ".join(others[:4]) + ("…" if len(others) > 4 else ""),
            )
        note = interaction.note.replace("\n", " ")
        if len(note) > 160:
            note = note[:157] + "…"
        return f"{head}\n{note}" if note else head

    # --- acting -----------------------------------------------------------------------
    def _on_follow_up_ticked(self, item: QListWidgetItem) -> None:
        follow_up_id = int(item.data(Qt.ItemDataRole.UserRole))
        done = item.checkState() == Qt.CheckState.Checked
        try:
            self._services.follow_ups.set_done(follow_up_id, done)
        except KithError:
            self.refresh()

    def interaction_at(self, row: int) -> InteractionView | None:
        item = self.timeline.item(row)
        if item is None or self.detail is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.detail.interactions if i.id == wanted), None)

    def _on_timeline_menu(self, pos: QPoint) -> None:
        interaction = self.interaction_at(self.timeline.indexAt(pos).row())
        if interaction is None:
            return
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not kept
        menu.addAction(
            icon("edit"), self.tr("Edit…"), lambda: self._actions.edit_interaction(interaction)
        )
        menu.addAction(self.tr("Delete…"), lambda: self._actions.delete_interaction(interaction))
        menu.popup(self.timeline.viewport().mapToGlobal(pos))

    def _on_delete_entry(self) -> None:
        interaction = self.interaction_at(self.timeline.currentRow())
        if interaction is not None:
            self._actions.delete_interaction(interaction)

    def _on_timeline_activated(self, item: QListWidgetItem) -> None:
        interaction = self.interaction_at(self.timeline.row(item))
        if interaction is not None:
            self._actions.edit_interaction(interaction)
