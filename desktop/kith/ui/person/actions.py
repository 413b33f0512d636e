"""What can be done to a person from anywhere in the window, in one or two clicks.

Dialogs open window-modal without blocking (`open()`), and are returned so callers and
tests can follow them; every write goes through the services and the views refresh
themselves from DataChanges.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.services.views import ImportantDateView, InteractionView
from kith.ui.dialogs.follow_up import FollowUpDialog
from kith.ui.dialogs.interaction import InteractionDialog
from kith.ui.dialogs.person import PersonDialog
from kith.ui.people.cache import PeopleCache
from kith.ui.shell.undo_history import UndoEntry, UndoHistory
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain

if TYPE_CHECKING:
    from kith.ui.dialogs.groups import GroupsDialog
    from kith.ui.dialogs.merge import MergeDialog


class PersonActions(QObject):
    person_added = Signal(int)
    told = Signal(str, object)
    """A short note on what was just done, and its entry in the undo history (or None)."""

    def __init__(
        self,
        services: Services,
        cache: PeopleCache,
        window: QWidget,
        history: UndoHistory | None = None,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._cache = cache
        self._window = window
        self.history = history or UndoHistory(self)

    def _opened(self, dialog: QDialog) -> QDialog:
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _refused(self, error: KithError) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Kith"),
            explain(error),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def new_person(self) -> PersonDialog:
        dialog = PersonDialog(self._services, self._window)
        dialog.accepted.connect(
            lambda: self.person_added.emit(dialog.saved.id) if dialog.saved else None
        )
        self._opened(dialog)
        return dialog

    def edit_person(self, person_id: int) -> PersonDialog:
        dialog = PersonDialog(self._services, self._window, person_id)
        self._opened(dialog)
        return dialog

    def log_interaction(
        self, person_ids: Sequence[int] = (), mode: Mode = Mode.IN_PERSON
    ) -> InteractionDialog:
        dialog = InteractionDialog(
            self._services, self._window, person_ids, people=self._cache.people(), mode=mode
        )
        self._opened(dialog)
        return dialog

    def saw_today(self, person_ids: Sequence[int]) -> UndoEntry | None:
        """One click: an in-person meeting today, and its entry in the undo history."""
        ids = list(person_ids)
        try:
            with self._services.changes.origin(self):
                view = self._services.interactions.log(ids, Mode.IN_PERSON)
        except KithError as error:
            self._refused(error)
            return None
        logged = [view.id]  # redoing logs a new entry: undo takes back the latest
        day = view.on

        def redo() -> None:
            logged.append(self._services.interactions.log(ids, Mode.IN_PERSON, day).id)

        names = ", ".join(p.name for p in view.people)
        entry = self.history.push(
            fill(self.tr("Saw %1 today"), names),
            undo=lambda: self._services.interactions.delete(logged[-1]),
            redo=redo,
            person_ids=tuple(ids),
        )
        self.told.emit(fill(self.tr("Logged: in person with %1 today."), names), entry)
        return entry

    def edit_interaction(self, interaction: InteractionView) -> InteractionDialog:
        dialog = InteractionDialog(
            self._services, self._window, people=self._cache.people(), interaction=interaction
        )
        self._opened(dialog)
        return dialog

    def delete_interaction(self, interaction: InteractionView) -> QMessageBox:
        """Asks first; an in-person entry may be what keeps someone off the due list."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete interaction"),
            fill(self.tr("Delete this entry of %1?"), fmt.long_date(interaction.on)),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is delete:
                try:
                    self._services.interactions.delete(interaction.id)
                except KithError as error:
                    self._refused(error)
                    return
                self._offer_undelete(interaction)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _offer_undelete(self, interaction: InteractionView) -> None:
        """Undo logs the entry again as it was (under a new id, which redo then deletes)."""
        latest = [interaction.id]
        ids = [p.id for p in interaction.people]

        def log_again() -> None:
            again = self._services.interactions.log(
                ids,
                interaction.mode,
                interaction.on,
                note=interaction.note,
                place=interaction.place,
                meetup_id=interaction.meetup_id,
            )
            latest[0] = again.id

        said = fill(self.tr("Deleted the entry of %1."), fmt.long_date(interaction.on))
        entry = self.history.push(
            said,
            undo=log_again,
            redo=lambda: self._services.interactions.delete(latest[0]),
            person_ids=tuple(ids),
        )
        self.told.emit(said, entry)

    def remove_date(self, day: ImportantDateView) -> None:
        try:
            self._services.people.remove_date(day.id)
        except KithError as error:
            self._refused(error)
            return
        said = fill(
            self.tr("Removed %1 of %2."),
            fmt.date_kind_label(day.kind, day.label),
            day.person.name,
        )
        entry = self.history.push(
            said,
            undo=lambda: self._services.people.add_date(
                day.person.id, day.kind, day.month, day.day, day.year, day.label
            ),
            person_ids=(day.person.id,),
        )
        self.told.emit(said, entry)

    def add_follow_up(self, person_id: int) -> FollowUpDialog:
        dialog = FollowUpDialog(self._services, person_id, self._window)
        self._opened(dialog)
        return dialog

    def plan_meetup(self, person_ids: Sequence[int] = ()) -> QDialog | None:
        from kith.ui.dialogs.meetup import MeetupDialog

        dialog: QDialog = MeetupDialog(self._services, self._window, person_ids=tuple(person_ids))
        return self._opened(dialog)

    def manage_groups(self, group_id: int | None = None) -> GroupsDialog:
        """The groups in one place; planning with one closes it and opens the meetup."""
        from kith.ui.dialogs.groups import GroupsDialog

        dialog = GroupsDialog(self._services, self.history, self._window, group_id=group_id)
        dialog.plan_requested.connect(self.plan_meetup)
        dialog.told.connect(self.told)
        self._opened(dialog)
        return dialog

    def snooze(self, person_id: int, days: int) -> UndoEntry | None:
        return self._snooze(person_id, self._services.ctx.today() + timedelta(days=days))

    def _snooze(self, person_id: int, until: date) -> UndoEntry | None:
        """Snooze, and let undo bring back exactly the snooze there was before."""
        people = self._services.people
        try:
            before = people.summary(person_id)
            people.snooze(person_id, until)
        except KithError as error:
            self._refused(error)
            return None
        earlier = before.snoozed_until
        if earlier is not None and earlier < self._services.ctx.today():
            earlier = None  # a snooze already over is no snooze to bring back
        entry = self.history.push(
            fill(self.tr("Snooze %1"), before.name),
            undo=lambda: people.snooze(person_id, earlier),
            redo=lambda: people.snooze(person_id, until),
            person_ids=(person_id,),
        )
        self.told.emit(
            fill(self.tr("%1 is snoozed until %2."), before.name, fmt.long_date(until)), entry
        )
        return entry

    def snooze_until(
        self, person_id: int, then: Callable[[UndoEntry, date], object] | None = None
    ) -> QDialog:
        """A small calendar to pick the day the person may come back."""
        today = self._services.ctx.today()
        dialog = QDialog(self._window)
        dialog.setWindowTitle(self.tr("Snooze until"))
        calendar = QCalendarWidget(dialog)
        calendar.setMinimumDate(fmt.qdate(today))
        calendar.setSelectedDate(fmt.qdate(today + timedelta(days=14)))
        calendar.setAccessibleName(self.tr("Snooze until this day"))
        for view in calendar.findChildren(QAbstractItemView):
            # The grid of days takes the focus: a screen reader names it, not the calendar.
            view.setAccessibleName(calendar.accessibleName())
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(calendar.palette().brush(QPalette.ColorRole.Text))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(weekend, plain)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Keep them off the due list until:"), dialog))
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        dialog.setProperty("calendar", calendar)

        def chosen() -> None:
            until = fmt.pydate(calendar.selectedDate())
            entry = self._snooze(person_id, until)
            if entry is not None and then is not None:
                then(entry, until)

        dialog.accepted.connect(chosen)
        return self._opened(dialog)

    def archive(self, person_ids: Sequence[int]) -> None:
        ids = list(person_ids)
        try:
            with self._services.changes.origin(self):
                self._services.people.archive_people(ids)
        except KithError as error:
            self._refused(error)
            return
        said = fmt.plural_fallback(self.tr("Archived %n person(s).", "", len(ids)), len(ids))
        entry = self.history.push(
            said,
            undo=lambda: self._services.people.restore_people(ids),
            redo=lambda: self._services.people.archive_people(ids),
            person_ids=tuple(ids),
        )
        self.told.emit(said, entry)

    def restore(self, person_ids: Sequence[int], *, offer_undo: bool = False) -> None:
        ids = list(person_ids)
        try:
            with self._services.changes.origin(self):
                self._services.people.restore_people(ids)
        except KithError as error:
            self._refused(error)
            return
        if offer_undo:
            self.told.emit(
                fmt.plural_fallback(self.tr("Restored %n person(s).", "", len(ids)), len(ids)),
                lambda: self._services.people.archive_people(ids),
            )

    def move_to_circle(self, person_ids: Sequence[int], circle: Circle) -> None:
        """Everyone chosen into `circle` in one change; Undo puts each back where they were."""
        ids = list(person_ids)
        if not ids:
            return
        try:
            people = self._services.people.summaries(ids)
            before = {p.id: p.circle for p in people}
            with self._services.changes.origin(self):
                self._services.people.move_to_circle(ids, circle)
        except KithError as error:
            self._refused(error)
            return
        if len(ids) == 1:
            text = fill(
                self.tr("Moved %1 to %2."),
                people[0].name,
                fmt.circle_label(circle),
            )
        else:
            text = fill(
                fmt.plural_fallback(self.tr("Moved %n people to %1.", "", len(ids)), len(ids)),
                fmt.circle_label(circle),
            )
        entry = self.history.push(
            text,
            undo=lambda: self._services.people.set_circles(before),
            redo=lambda: self._services.people.move_to_circle(ids, circle),
            person_ids=tuple(ids),
        )
        self.told.emit(text, entry)

    def set_rhythm(self, person_ids: Sequence[int], days: int | None) -> None:
        """One rhythm (None: each circle's own) for everyone chosen, with one Undo."""
        ids = list(person_ids)
        if not ids:
            return
        try:
            people = self._services.people.summaries(ids)
            before = {p.id: (p.rhythm_days if p.rhythm_is_custom else None) for p in people}
            with self._services.changes.origin(self):
                self._services.people.set_rhythm_for(ids, days)
        except KithError as error:
            self._refused(error)
            return
        n = len(ids)
        who = people[0].name if n == 1 else fmt.plural_fallback(self.tr("%n people", "", n), n)
        if days is None:
            text = fill(self.tr("%1 now follow their circle's rhythm."), who)
        else:
            text = fill(self.tr("New rhythm for %1: %2."), who, fmt.rhythm_words(days))
        entry = self.history.push(
            text,
            undo=lambda: self._services.people.set_rhythms(before),
            redo=lambda: self._services.people.set_rhythm_for(ids, days),
            person_ids=tuple(ids),
        )
        self.told.emit(text, entry)

    def ask_rhythm(self, person_ids: Sequence[int]) -> QDialog | None:
        """Asks for the rhythm, then sets it for everyone chosen."""
        from kith.ui.dialogs.rhythm import RhythmDialog

        ids = list(person_ids)
        if not ids:
            return None
        dialog = RhythmDialog(self._window)
        dialog.accepted.connect(lambda: self.set_rhythm(ids, dialog.chosen()))
        return self._opened(dialog)

    def merge(self, person_ids: Sequence[int]) -> QDialog | None:
        """Two people side by side, to become one; the one added first keeps their id."""
        from kith.ui.dialogs.merge import MergeDialog

        ids = sorted(set(person_ids))
        if len(ids) != 2:
            return None
        try:
            dialog = MergeDialog(self._services, ids[0], ids[1], self._window)
        except KithError as error:
            self._refused(error)
            return None
        dialog.accepted.connect(lambda: self._merged(dialog))
        return self._opened(dialog)

    def _merged(self, dialog: MergeDialog) -> None:
        """One entry in the history: undo brings both back, redo merges them the same way."""
        first = dialog.record
        if first is None:
            return
        keep, other = dialog.preview.keep, dialog.preview.other
        choices = dict(dialog.chosen())
        records = [first]
        merging = self._services.merging

        def redo() -> None:
            records.append(merging.merge(keep.id, other.id, choices))

        entry = self.history.push(
            fill(self.tr("Merge %1 and %2"), keep.name, other.name),
            undo=lambda: merging.unmerge(records[-1]),
            redo=redo,
            person_ids=(keep.id,),
        )
        self.told.emit(fill(self.tr("Merged %1 into %2."), other.name, first.keep.name), entry)

    def delete(self, person_ids: Sequence[int]) -> QMessageBox:
        """Deleting is for good, so it always asks first, and offers archiving instead."""
        names = [p.name for p in self._cache.people() if p.id in set(person_ids)]
        if len(names) == 1:
            text = fill(self.tr("Delete %1 for good?"), names[0])
        else:
            text = self.tr("Delete %n people for good?", "", len(names))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            text,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never markup
        box.setInformativeText(
            self.tr(
                "Their follow-ups, dates and the interactions only they were part of go too. "
                "Archiving keeps everything and hides them instead."
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        archive = box.addButton(self.tr("Archive instead"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is delete:
                try:
                    with self._services.changes.origin(self):
                        self._services.people.delete_people(list(person_ids))
                except KithError as error:
                    self._refused(error)
            elif clicked is archive:
                self.archive(person_ids)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        return box
