"""Planning or editing a meetup: who, when (or not yet), where, and ideas of what to do."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.clock import local_now
from kith.domain.activity_ideas import shared_with_group
from kith.domain.errors import KithError
from kith.domain.local_time import LocalKind, Occurrence, offset_text, resolve_wall
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.views import MeetupInput, MeetupView
from kith.ui.dialogs.activity_ideas import activity_for
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.dialogs.meetup_people import PeoplePicker
from kith.ui.dialogs.partner_hint import PartnerHint
from kith.ui.text.formatting import plain_tooltip, qdate, shown_as_typed
from kith.ui.text.zone_words import same_zone, zone_city, zone_words
from kith.ui.widgets.day_field import DayField
from kith.ui.widgets.flow_layout import FlowLayout
from kith.ui.widgets.time_field import TimeField

DAY_MINUTES = 24 * 60
_TIMED_DURATIONS = (30, 60, 90, 120, 180, 240, 360)
_ALL_DAY_DURATIONS = (1, 2, 3, 4, 7)  # days
_ALARMS: tuple[int | None, ...] = (None, 0, 15, 60, DAY_MINUTES)

# The services' field names for each row of the form.
_TITLE = ("title",)
_PEOPLE = ("people", "person")
_WHEN = ("when", "starts_at", "on_day", "on", "at", "date", "tzid")
_DURATION = ("duration", "end")
_PLACE = ("place",)
_NOTES = ("notes",)
_ALARM = ("alarm",)


class MeetupDialog(QDialog):
    """Saves through services.meetups on OK; a refused field is named next to it and
    everything typed stays, so the user only fixes what is wrong."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        meetup_id: int | None = None,
        person_ids: Sequence[int] = (),
    ) -> None:
        # Read first: if the meetup is gone (NotFound), no half-built dialog is left behind.
        meetup = services.meetups.get(meetup_id) if meetup_id is not None else None
        super().__init__(parent)
        self._services = services
        self._meetup: MeetupView | None = meetup
        self.saved_meetup: MeetupView | None = None
        self._zone: ZoneInfo = (
            ZoneInfo(self._meetup.tzid) if self._meetup is not None else services.ctx.clock.zone()
        )
        self._my_interests = services.profile.interests()
        self._build(services)
        self._connect_signals()
        if self._meetup is not None:
            self._fill_from(self._meetup)
        else:
            self._fill_new(person_ids)
        self._on_people_changed()
        self._on_when_changed()

    # --- building ----------------------------------------------------------------------

    def _build(self, services: Services) -> None:
        editing = self._meetup is not None
        self.setWindowTitle(self.tr("Edit meetup") if editing else self.tr("Plan a meetup"))
        self.setObjectName("meetupDialog")
        self.setMinimumWidth(540)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Coffee, a walk, dinner at yours…"))
        self.title_edit.setAccessibleName(self.tr("Title"))

        self.people = PeoplePicker(services.people.list(), self)
        self.people.setAccessibleName(self.tr("People"))

        self.ideas_label = QLabel(self)
        self.ideas_label.setWordWrap(False)  # one short line; wrapping would clip it here
        self.ideas_label.setEnabled(False)
        self.ideas_area = QWidget(self)
        self.ideas_area.setAccessibleName(self.tr("Ideas from shared interests"))
        self.ideas_area.setToolTip(
            self.tr("Ideas from the interests you share: click one to use it as the title")
        )
        self._ideas_flow = FlowLayout(self.ideas_area)
        self._idea_buttons: list[QToolButton] = []

        self.dated_radio = QRadioButton(self.tr("On a day"), self)
        self.idea_radio = QRadioButton(self.tr("No day yet (keep it as an idea)"), self)
        self._when_group = QButtonGroup(self)
        self._when_group.addButton(self.dated_radio)
        self._when_group.addButton(self.idea_radio)
        self.date_edit = DayField(self)
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.date_edit.setDisplayFormat(_day_format(self.locale()))
        # One field, typed as people type times ("7:45", "0745"); Up/Down step a quarter.
        self.time_edit = TimeField(QTime(18, 0), self)
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.time_edit.setAccessibleDescription(self.tr("Type a time such as 7:45 or 1930"))
        self.all_day_check = QCheckBox(self.tr("All day"), self)
        self.zone_label = QLabel(fill(self.tr("Times here are %1."), zone_words(self._zone)), self)
        self.zone_label.setEnabled(False)
        # Only a meetup planned in another zone says so: the user's own zone goes unsaid.
        self.zone_label.setVisible(not same_zone(self._zone, services.ctx.clock.zone()))
        self._build_repeated_hour()

        self.duration_combo = QComboBox(self)
        self.duration_combo.setAccessibleName(self.tr("Duration"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("Where you will meet"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.alarm_combo = QComboBox(self)
        self.alarm_combo.setAccessibleName(self.tr("Reminder"))
        for minutes in _ALARMS:
            self.alarm_combo.addItem(self._alarm_text(minutes), minutes)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Anything to remember or bring"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.general_error = FieldProblem(self)
        self.problems = p = FieldProblems(self.general_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(
            self._label(self.tr("&Title"), self.title_edit),
            with_problem(self.title_edit, p.add(_TITLE, self.title_edit)),
        )
        form.addRow(
            self._label(self.tr("&With"), self.people.edit),
            with_problem(self.people, p.add(_PEOPLE, self.people, focus=lambda: self.people.edit)),
        )
        ideas_box = QWidget(self)
        ideas_layout = QVBoxLayout(ideas_box)
        ideas_layout.setContentsMargins(0, 0, 0, 0)
        ideas_layout.setSpacing(4)
        ideas_layout.addWidget(self.ideas_label)
        ideas_layout.addWidget(self.ideas_area)
        # The letter reaches the first idea, or "With" while there is none to choose.
        self.ideas_title = self._label(self.tr("&Ideas"), self.people.edit)
        form.addRow(self.ideas_title, ideas_box)
        self.partner_hint = PartnerHint(self._services, self.people, self)
        form.addRow("", self.partner_hint)

        when_box = QWidget(self)
        when_layout = QVBoxLayout(when_box)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.dated_radio)
        row.addWidget(self.date_edit)
        row.addWidget(self.time_edit)
        row.addWidget(self.all_day_check)
        row.addStretch(1)
        when_layout.addLayout(row)
        when_layout.addWidget(self.repeated_box)
        when_layout.addWidget(self.idea_radio)
        when_layout.addWidget(self.zone_label)
        when_problem = p.add(_WHEN, when_box, focus=self._when_focus)
        # The letter reaches the day, or "No day yet" for an idea (`_on_when_changed`).
        self.when_title = self._label(self.tr("W&hen"), self.date_edit)
        form.addRow(self.when_title, with_problem(when_box, when_problem))
        form.addRow(
            self._label(self.tr("&Duration"), self.duration_combo),
            with_problem(self.duration_combo, p.add(_DURATION, self.duration_combo), stretch=True),
        )
        form.addRow(
            self._label(self.tr("&Place"), self.place_edit),
            with_problem(self.place_edit, p.add(_PLACE, self.place_edit)),
        )
        form.addRow(
            self._label(self.tr("&Reminder"), self.alarm_combo),
            with_problem(self.alarm_combo, p.add(_ALARM, self.alarm_combo), stretch=True),
        )
        form.addRow(
            self._label(self.tr("&Notes"), self.notes_edit),
            with_problem(self.notes_edit, p.add(_NOTES, self.notes_edit)),
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.title_edit,
            self.people.edit,
            self.ideas_area,
            self.dated_radio,
            self.date_edit,
            self.time_edit,
            self.all_day_check,
            self.first_radio,
            self.second_radio,
            self.idea_radio,
            self.duration_combo,
            self.place_edit,
            self.alarm_combo,
            self.notes_edit,
            self.buttons,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.title_edit.setFocus()

        if self._meetup is not None and not self._meetup.allows.edit:
            # Done meetups are history: shown, not changed.
            for widget in order[:-1]:
                widget.setEnabled(False)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.setWindowTitle(self.tr("Meetup (done)"))

    def _build_repeated_hour(self) -> None:
        """The night the clocks go back, a time can happen twice: the user picks which."""
        self.repeated_box = QWidget(self)
        self.repeated_box.setObjectName("repeatedHour")
        self.repeated_label = QLabel(self.repeated_box)
        self.repeated_label.setWordWrap(True)
        self.first_radio = QRadioButton(self.repeated_box)
        self.second_radio = QRadioButton(self.repeated_box)
        self._repeated_group = QButtonGroup(self.repeated_box)
        self._repeated_group.addButton(self.first_radio)
        self._repeated_group.addButton(self.second_radio)
        self.first_radio.setChecked(True)  # RFC 5545's reading, and the one said aloud
        layout = QVBoxLayout(self.repeated_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.repeated_label)
        choices = QHBoxLayout()
        choices.addWidget(self.first_radio)
        choices.addWidget(self.second_radio)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.repeated_box.setVisible(False)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _when_focus(self) -> QWidget:
        """A problem with "when" points at the day, or at "No day yet" for an idea."""
        return self.date_edit if self.dated_radio.isChecked() else self.idea_radio

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.people.changed.connect(self._on_people_changed)
        self.people.problem.connect(lambda text: self.problems.say("people", text))
        self.dated_radio.toggled.connect(self._on_when_changed)
        self.all_day_check.toggled.connect(self._on_all_day_toggled)
        # Changing a field takes its problem away; the rest stay until the next save.
        clear = self.problems.clear_field
        self.title_edit.textEdited.connect(lambda _t: clear("title"))
        self.people.edit.textEdited.connect(lambda _t: clear("people"))
        self.date_edit.dateChanged.connect(lambda _d: clear("when"))
        self.time_edit.timeChanged.connect(lambda _t: clear("when"))
        self.date_edit.dateChanged.connect(lambda _d: self._show_clock_change())
        self.time_edit.timeChanged.connect(lambda _t: self._show_clock_change())
        self.place_edit.textEdited.connect(lambda _t: clear("place"))

    # --- filling -----------------------------------------------------------------------

    def _fill_new(self, person_ids: Sequence[int]) -> None:
        now = local_now(self._services.ctx.clock)
        # Default to the next evening at 18:00 — a common time to meet, never in the past.
        day = now.date() if now.hour < 16 else date.fromordinal(now.date().toordinal() + 1)
        self.date_edit.setDate(qdate(day))
        self.time_edit.setTime(QTime(18, 0))
        self.dated_radio.setChecked(True)
        self._set_durations(all_day=False, minutes=120)
        self.alarm_combo.setCurrentIndex(self.alarm_combo.findData(60))
        self.people.set_people(person_ids)

    def _fill_from(self, meetup: MeetupView) -> None:
        self.title_edit.setText(meetup.title)
        self.people.set_people(p.id for p in meetup.people)
        self.place_edit.setText(meetup.place)
        self.notes_edit.setPlainText(meetup.notes)
        now = local_now(self._services.ctx.clock)
        if meetup.starts_at is not None:
            starts = meetup.starts_at.astimezone(self._zone)
            self.dated_radio.setChecked(True)
            self.date_edit.setDate(qdate(starts.date()))
            self.time_edit.setTime(QTime(starts.hour, starts.minute))
            (self.second_radio if starts.fold else self.first_radio).setChecked(True)
            self._set_durations(all_day=False, minutes=meetup.duration_minutes)
        elif meetup.on_day is not None:
            self.dated_radio.setChecked(True)
            self.all_day_check.setChecked(True)
            self.date_edit.setDate(qdate(meetup.on_day))
            self.time_edit.setTime(QTime(18, 0))
            self._set_durations(all_day=True, minutes=meetup.duration_minutes)
        else:
            self.idea_radio.setChecked(True)
            self.date_edit.setDate(qdate(now.date()))
            self.time_edit.setTime(QTime(18, 0))
            self._set_durations(all_day=False, minutes=meetup.duration_minutes)
        index = self.alarm_combo.findData(meetup.alarm_minutes)
        if index < 0:
            self.alarm_combo.addItem(self._alarm_text(meetup.alarm_minutes), meetup.alarm_minutes)
            index = self.alarm_combo.count() - 1
        self.alarm_combo.setCurrentIndex(index)

    def _set_durations(self, *, all_day: bool, minutes: int | None) -> None:
        self.duration_combo.clear()
        if all_day:
            for days in _ALL_DAY_DURATIONS:
                self.duration_combo.addItem(self._days_text(days), days * DAY_MINUTES)
        else:
            self.duration_combo.addItem(self.tr("Open-ended"), None)
            for value in _TIMED_DURATIONS:
                self.duration_combo.addItem(self._minutes_text(value), value)
        wanted = minutes if not all_day else max(DAY_MINUTES, minutes or DAY_MINUTES)
        index = self.duration_combo.findData(wanted)
        if index < 0 and wanted is not None:
            text = self._days_text(wanted // DAY_MINUTES) if all_day else self._minutes_text(wanted)
            self.duration_combo.addItem(text, wanted)
            index = self.duration_combo.count() - 1
        self.duration_combo.setCurrentIndex(max(0, index))

    def _minutes_text(self, minutes: int) -> str:
        # Unit abbreviations read well and need no plural forms.
        hours, rest = divmod(minutes, 60)
        if not hours:
            return fill(self.tr("%1 min"), str(rest))
        if not rest:
            return fill(self.tr("%1 h"), str(hours))
        return fill(self.tr("%1 h %2 min"), str(hours), str(rest))

    def _days_text(self, days: int) -> str:
        return self.tr("1 day") if days == 1 else fill(self.tr("%1 days"), str(days))

    def _alarm_text(self, minutes: int | None) -> str:
        fixed = {
            None: self.tr("No reminder"),
            0: self.tr("When it starts"),
            15: self.tr("15 minutes before"),
            60: self.tr("1 hour before"),
            DAY_MINUTES: self.tr("1 day before"),
        }
        if minutes in fixed:
            return fixed[minutes]
        assert minutes is not None
        if minutes % DAY_MINUTES == 0:
            return fill(self.tr("%1 days before"), str(minutes // DAY_MINUTES))
        return fill(self.tr("%1 before"), self._minutes_text(minutes))

    # --- reacting ----------------------------------------------------------------------

    @Slot()
    def _on_when_changed(self) -> None:
        dated = self.dated_radio.isChecked()
        self.date_edit.setEnabled(dated)
        self.all_day_check.setEnabled(dated)
        self.time_edit.setEnabled(dated and not self.all_day_check.isChecked())
        self.problems.clear_field("when")
        self.when_title.setBuddy(self._when_focus())
        self._show_clock_change()

    def _chosen_wall(self) -> datetime | None:
        """The day and time typed, when the meetup is at a time (not all day, not an idea)."""
        if not self.dated_radio.isChecked() or self.all_day_check.isChecked():
            return None
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        moment = self.time_edit.time()
        return datetime.combine(day, time(moment.hour(), moment.minute()))

    def _show_clock_change(self) -> None:
        """Say at once when the time typed happens twice (ask which) or not at all."""
        wall = self._chosen_wall()
        local = None if wall is None else resolve_wall(wall, self._zone)
        if local is None or local.kind == LocalKind.NORMAL:
            self.repeated_box.setVisible(False)
            return
        at = self.locale().toString(
            QTime(local.wall.hour, local.wall.minute), QLocale.FormatType.ShortFormat
        )
        repeated = local.kind == LocalKind.REPEATED
        self.first_radio.setVisible(repeated)
        self.second_radio.setVisible(repeated)
        if repeated:
            self.repeated_label.setText(
                fill(self.tr("%1 happens twice that night: the clocks go back. Which one?"), at)
            )
            self.first_radio.setText(fill(self.tr("The first time (%1)"), _named(local.first)))
            self.second_radio.setText(fill(self.tr("The second time (%1)"), _named(local.second)))
        else:
            self.repeated_label.setText(
                fill(
                    self.tr("%1 does not happen that day in %2: the clocks skip it."),
                    at,
                    zone_city(self._zone),
                )
            )
        self.repeated_box.setVisible(True)

    def repeated_hour_text(self) -> str:
        """What the form says about a clock change at the time typed ("" when nothing)."""
        if self.repeated_box.isHidden():
            return ""
        return self.repeated_label.text()

    @Slot(bool)
    def _on_all_day_toggled(self, all_day: bool) -> None:
        current = self.duration_combo.currentData()
        self._set_durations(all_day=all_day, minutes=current if not all_day else None)
        self._on_when_changed()

    @Slot()
    def _on_people_changed(self) -> None:
        self.problems.clear_field("people")
        for button in self._idea_buttons:
            self._ideas_flow.removeWidget(button)
            button.deleteLater()
        self._idea_buttons = []
        chosen = self.people.chosen()
        self.partner_hint.update_for(chosen)
        shared = shared_with_group(self._my_interests, [p.interests for p in chosen])
        for item in shared:
            idea = activity_for(item.interest)
            button = QToolButton(self.ideas_area)
            button.setText(shown_as_typed(idea))  # ideas quote interests as typed
            who = [
                p.name
                for p in chosen
                if item.interest.casefold() in {t.casefold() for t in p.interests}
            ]
            button.setToolTip(
                plain_tooltip(
                    fill(
                        self.tr("You and %1 like %2"),
                        self.locale().createSeparatedList(who),
                        item.interest,
                    )
                )
            )
            button.setAccessibleName(fill(self.tr("Use the idea “%1” as the title"), idea))
            button.clicked.connect(lambda _=False, text=idea: self._use_idea(text))
            self._ideas_flow.addWidget(button)
            self._idea_buttons.append(button)
        if chosen:
            self.ideas_label.setText(
                self.tr("None of your interests are shared by the people chosen so far.")
            )
        elif not self._my_interests:
            self.ideas_label.setText(
                self.tr("Add your own interests on your profile to get ideas here.")
            )
        else:
            self.ideas_label.setText(
                self.tr("Add people to see ideas from the interests you share.")
            )
        self.ideas_area.setVisible(bool(shared))
        self.ideas_label.setVisible(not shared)
        self.ideas_title.setBuddy(self._idea_buttons[0] if self._idea_buttons else self.people.edit)

    def idea_buttons(self) -> list[QToolButton]:
        return list(self._idea_buttons)

    def _use_idea(self, text: str) -> None:
        self.title_edit.setText(text)
        self.problems.clear_field("title")
        self.title_edit.setFocus()

    # --- saving ------------------------------------------------------------------------

    def meetup_input(self) -> MeetupInput:
        """What the form says, as the services take it."""
        starts_at: datetime | None = None
        on_day: date | None = None
        duration = self.duration_combo.currentData()
        if self.dated_radio.isChecked():
            day = self.date_edit.date().toPython()
            assert isinstance(day, date)
            if self.all_day_check.isChecked():
                on_day = day
            else:
                starts_at = self._chosen_wall()
                assert starts_at is not None
                # The fold says which of a repeated time's two moments the user picked.
                repeated = resolve_wall(starts_at, self._zone).kind == LocalKind.REPEATED
                second = repeated and self.second_radio.isChecked()
                starts_at = starts_at.replace(fold=int(second))
        elif self.all_day_check.isChecked():
            duration = None
        return MeetupInput(
            title=self.title_edit.text(),
            person_ids=self.people.person_ids(),
            starts_at=starts_at,
            on_day=on_day,
            duration_minutes=duration,
            tzid=self._zone.key,
            place=self.place_edit.text(),
            notes=self.notes_edit.toPlainText(),
            alarm_minutes=self.alarm_combo.currentData(),
        )

    def accept(self) -> None:
        if self._meetup is not None and not self._meetup.allows.edit:
            super().accept()
            return
        self.problems.clear()
        data = self.meetup_input()
        try:
            if self._meetup is None:
                self.saved_meetup = self._services.meetups.plan(data)
            else:
                self.saved_meetup = self._services.meetups.update(self._meetup.id, data)
        except KithError as error:
            self.problems.show(error)
            return
        super().accept()

    def error_text(self, field: str | None = None) -> str:
        """The problem shown next to `field` ("title", "when"…; None: above the buttons)."""
        return self.problems.message(field)


def _named(occurrence: Occurrence) -> str:
    """ "CEST, UTC+2": the zone's name then and its offset, as calendars show them."""
    return f"{occurrence.name}, {offset_text(occurrence.offset)}"


def _day_format(locale: QLocale) -> str:
    """The locale's short date with a weekday and a four-digit year: "Sun 22/11/2026"."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return short if "ddd" in short else f"ddd {short}"
