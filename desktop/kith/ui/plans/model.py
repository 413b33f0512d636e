"""Meetups grouped by week (ideas apart) as a two-level item model for a tree view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from kith.domain.placeholders import fill
from kith.domain.values import MeetupStatus
from kith.services.views import MeetupView
from kith.ui.text import formatting as fmt
from kith.ui.text.day_format import day_month, time_of_day
from kith.ui.widgets.icons import icon

MEETUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MEETUP_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    TITLE = 0
    WHEN = 1
    PLACE = 2
    PEOPLE = 3
    STATUS = 4


def week_start(day: date, first_weekday: int) -> date:
    """The first day of `day`'s week; `first_weekday` is ISO (Monday 1 … Sunday 7)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


@dataclass(slots=True)
class _Group:
    start: date | None
    """First day of the week; None for the ideas without a day."""
    title: str
    meetups: list[MeetupView] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Timing:
    """A meetup's day and times seen from the user's zone."""

    day: date | None
    starts: datetime | None
    ends: datetime | None


def _timing(meetup: MeetupView, zone: ZoneInfo) -> _Timing:
    if meetup.starts_at is not None:
        starts = meetup.starts_at.astimezone(zone)
        ends = (
            None
            if meetup.duration_minutes is None
            else (starts + timedelta(minutes=meetup.duration_minutes))
        )
        return _Timing(starts.date(), starts, ends)
    return _Timing(meetup.on_day, None, None)


class PlansModel(QAbstractItemModel):
    """Top-level rows are groups ("This week", "Ideas"); their children are meetups.

    The owner hands in the meetups to show; this model only groups and describes them.
    """

    def __init__(self, today: date, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._today = today
        self._zone = zone
        self._locale = QLocale()

    # --- loading -----------------------------------------------------------------------

    def load(self, meetups: Sequence[MeetupView], today: date, zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._today, self._zone, self._locale = today, zone, QLocale()
        self._groups = self._grouped(meetups)
        self.endResetModel()

    def _grouped(self, meetups: Sequence[MeetupView]) -> list[_Group]:
        first = self._locale.firstDayOfWeek().value
        this_week = week_start(self._today, first)
        weeks: dict[date, _Group] = {}
        ideas = _Group(None, self.tr("Ideas without a day"))
        for meetup in meetups:
            day = _timing(meetup, self._zone).day
            if day is None:
                ideas.meetups.append(meetup)
                continue
            start = week_start(day, first)
            group = weeks.get(start)
            if group is None:
                group = weeks[start] = _Group(start, self._week_title(start, this_week))
            group.meetups.append(meetup)
        groups = [weeks[start] for start in sorted(weeks)]
        for group in groups:
            group.meetups.sort(key=self._order)
        if ideas.meetups:
            groups.append(ideas)
        return groups

    def _order(self, meetup: MeetupView) -> tuple[datetime, int]:
        timing = _timing(meetup, self._zone)
        if timing.starts is not None:
            return (timing.starts.astimezone(UTC), meetup.id)
        assert timing.day is not None
        # All-day meetups come first on their day.
        return (
            datetime.combine(timing.day, datetime.min.time(), self._zone).astimezone(UTC)
            - timedelta(microseconds=1),
            meetup.id,
        )

    def _week_title(self, start: date, this_week: date) -> str:
        weeks_away = (start - this_week).days // 7
        if weeks_away == 0:
            return self.tr("This week")
        if weeks_away == 1:
            return self.tr("Next week")
        if weeks_away == -1:
            return self.tr("Last week")
        day = day_month(start, self._locale, with_year=start.year != self._today.year)
        return fill(self.tr("Week of %1"), day)

    # --- lookup for views --------------------------------------------------------------

    def meetup_at(self, index: AnyIndex) -> MeetupView | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].meetups[index.row()]

    def index_of(self, meetup_id: int) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, meetup in enumerate(group.meetups):
                if meetup.id == meetup_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def group_of_week(self, day: date) -> QModelIndex:
        """The group row of the week holding `day`, if any meetup falls in it."""
        start = week_start(day, self._locale.firstDayOfWeek().value)
        for g, group in enumerate(self._groups):
            if group.start == start:
                return self.index(g, 0)
        return QModelIndex()

    def group_title(self, row: int) -> str:
        return self._groups[row].title

    def meetup_count(self) -> int:
        return sum(len(g.meetups) for g in self._groups)

    # --- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].meetups)
        return 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: ARG002 (Qt's signature)
        return len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.TITLE: self.tr("Meetup"),
            Column.WHEN: self.tr("When"),
            Column.PLACE: self.tr("Place"),
            Column.PEOPLE: self.tr("With"),
            Column.STATUS: self.tr("Status"),
        }[Column(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        meetup = self.meetup_at(index)
        assert meetup is not None
        column = Column(index.column())
        if role == MEETUP_ID_ROLE:
            return meetup.id
        if role == MEETUP_ROLE:
            return meetup
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(meetup, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt.plain_tooltip(self._tooltip(meetup))
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE:
            return self._icon(meetup)
        if role == Qt.ItemDataRole.ForegroundRole and meetup.status in (
            MeetupStatus.DONE,
            MeetupStatus.CANCELLED,
        ):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if (
            role == Qt.ItemDataRole.FontRole
            and meetup.status == MeetupStatus.CANCELLED
            and column == Column.TITLE
        ):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        if role == Qt.ItemDataRole.SizeHintRole:
            # Group rows stand a little apart from the meetups above them.
            return QSize(-1, QFontMetrics(QApplication.font()).height() + 16)
        if index.column() != Column.TITLE:
            return None
        group = self._groups[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return group.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- describing one meetup ---------------------------------------------------------

    def _text(self, meetup: MeetupView, column: Column) -> str:
        if column == Column.TITLE:
            return meetup.title
        if column == Column.WHEN:
            return self.when_text(meetup)
        if column == Column.PLACE:
            return meetup.place
        if column == Column.PEOPLE:
            return self.people_text(meetup)
        return self.status_text(meetup)

    def when_text(self, meetup: MeetupView) -> str:
        timing = _timing(meetup, self._zone)
        if timing.day is None:
            return self.tr("No day yet")
        show_year = timing.day.year != self._today.year
        day = day_month(timing.day, self._locale, weekday=True, short=True, with_year=show_year)
        if timing.starts is None:
            days = max(1, (meetup.duration_minutes or 0) // (24 * 60))
            if days > 1:
                last = timing.day + timedelta(days=days - 1)
                end = day_month(
                    last,
                    self._locale,
                    weekday=True,
                    short=True,
                    with_year=last.year != self._today.year,
                )
                return fill(self.tr("%1 – %2 · all day"), day, end)
            return fill(self.tr("%1 · all day"), day)
        start = time_of_day(timing.starts, self._locale)
        if timing.ends is None:
            return fill(self.tr("%1 · %2"), day, start)
        end = time_of_day(timing.ends, self._locale)
        return fill(self.tr("%1 · %2–%3"), day, start, end)

    def _is_past(self, meetup: MeetupView) -> bool:
        day = _timing(meetup, self._zone).day
        return day is not None and day < self._today

    def status_text(self, meetup: MeetupView) -> str:
        if meetup.status == MeetupStatus.PLANNED and self._is_past(meetup):
            return self.tr("Not marked done yet")
        return {
            MeetupStatus.IDEA: self.tr("Idea"),
            MeetupStatus.PLANNED: self.tr("Planned"),
            MeetupStatus.DONE: self.tr("Done"),
            MeetupStatus.CANCELLED: self.tr("Cancelled"),
        }[meetup.status]

    def people_text(self, meetup: MeetupView) -> str:
        """ "Ana, Ben and Chloé"; a long list names three and counts the rest (the tooltip
        names everyone), so the column stays as wide as a usual meetup needs."""
        names = [p.name for p in meetup.people]
        if len(names) > 4:
            others = len(names) - 3
            counted = fmt.plural_fallback(self.tr("%n other(s)", "", others), others)
            names = [*names[:3], counted]
        return self._locale.createSeparatedList(names)

    def _tooltip(self, meetup: MeetupView) -> str:
        lines = [meetup.title, self.when_text(meetup)]
        if meetup.place:
            lines.append(fill(self.tr("At %1"), meetup.place))
        if meetup.people:
            names = self._locale.createSeparatedList([p.name for p in meetup.people])
            lines.append(fill(self.tr("With %1"), names))
        lines.append(self.status_text(meetup))
        return "\n".join(lines)

    @staticmethod
    def _icon(meetup: MeetupView) -> QIcon | None:
        """A mark for ideas and done ones; planned ones, the usual case, stay plain."""
        name = {
            MeetupStatus.IDEA: "idea",
            MeetupStatus.PLANNED: "",
            MeetupStatus.DONE: "saw-today",
            MeetupStatus.CANCELLED: "",  # struck through and grey says enough
        }[meetup.status]
        return icon(name) if name else None
