"""People's columns fitted to the table's width, from the words they show in this language.

Each column has the least width its values need (a circle or a state must always be read
whole) and the width that also shows its heading whole. The fixed columns get their whole
width when there is room and give back only down to their values when not; the name takes
half of any spare room and the interests, last, the rest. A heading that still does not fit
shortens with "…" (the model gives each heading whole as its tooltip).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from kith.domain.values import Circle, TendingState
from kith.ui.people.model import Column, PeopleTableModel
from kith.ui.text import formatting as fmt
from kith.ui.widgets.row_focus import RowFocusDelegate, paint_row_focus
from kith.ui.widgets.tending_palette import state_word

# Days ago that give the longest words of each unit ("44 days", "12 weeks", "23 months").
_SAMPLE_DAYS = (1, 2, 29, 44, 90, 700, 729, 3000)


@dataclass(frozen=True, slots=True)
class Room:
    """Widths in pixels: `least` shows the values whole, `whole` the heading too."""

    least: int
    whole: int


def heading_width(header: QHeaderView, text: str) -> int:
    """What a section needs to show `text` whole, the sort arrow and margins included."""
    metrics = header.fontMetrics()
    em = metrics.horizontalAdvance("M")
    return metrics.horizontalAdvance(text) + 2 * em + 8


def column_rooms(model: PeopleTableModel, header: QHeaderView) -> dict[int, Room]:
    """Each column's room, measured on the words it shows in the current language."""
    metrics = header.fontMetrics()
    em = metrics.horizontalAdvance("M")
    icon_room = header.style().pixelMetric(header.style().PixelMetric.PM_SmallIconSize) + 6

    def widest(texts: list[str], extra: int = 0) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + em + extra

    today = date(2026, 1, 1)  # any day: only the lengths of the words matter
    ago = [fmt.relative_day(today - timedelta(days=days), today) for days in _SAMPLE_DAYS]
    not_yet = QCoreApplication.translate("PeopleTableModel", "not yet")
    values = {
        Column.NAME: 8 * em,
        Column.CIRCLE: widest([fmt.circle_label(circle) for circle in Circle]),
        Column.STATE: widest([state_word(state) for state in TendingState], icon_room),
        Column.LAST_IN_PERSON: widest([*ago, not_yet]),
        Column.LAST_TALKED: widest([*ago, not_yet]),
        Column.INTERESTS: 5 * em,
    }
    wanted = {Column.NAME: 16 * em, Column.INTERESTS: 14 * em}
    rooms: dict[int, Room] = {}
    for column, least in values.items():
        heading = str(model.headerData(column, Qt.Orientation.Horizontal))
        whole = max(least, wanted.get(column, 0), heading_width(header, heading))
        rooms[int(column)] = Room(least, whole)
    return rooms


def share(rooms: Mapping[int, Room], flexible: tuple[int, int], available: int) -> dict[int, int]:
    """Widths for the fixed columns and the two flexible ones (name, then the last column).

    Pure arithmetic, so the rule can be read and tested apart from any widget.
    """
    name, last = flexible
    fixed = [column for column in rooms if column not in flexible]
    wanted = sum(rooms[c].whole for c in fixed) + rooms[name].whole + rooms[last].least
    widths = {c: rooms[c].whole for c in fixed}
    widths[name] = rooms[name].whole
    if available >= wanted:
        spare = available - wanted - (rooms[last].whole - rooms[last].least)
        if spare > 0:
            widths[name] += spare // 2
        widths[last] = available - sum(widths.values())
        return widths
    # Too narrow: every column but the last gives back, in proportion to what it can spare.
    givers = [*fixed, name]
    can_give = {c: rooms[c].whole - rooms[c].least for c in givers}
    total = sum(can_give.values())
    short = wanted - available
    for column in givers:
        given = can_give[column] if short >= total else -(-can_give[column] * short // total)
        widths[column] = rooms[column].whole - given
    widths[last] = max(rooms[last].least, available - sum(widths.values()))
    return widths


class FittedTable(QTableView):
    """A table whose columns are fitted (share) whenever its viewport changes width, with
    one focus frame around the current row rather than around one cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(RowFocusDelegate(self))
        self._rooms: dict[int, Room] = {}
        self._flexible: tuple[int, int] | None = None
        self._fitted_width = -1

    def fit_columns(self, rooms: Mapping[int, Room], flexible: tuple[int, int]) -> None:
        """Fit from now on, to these rooms; the name and the last column are `flexible`."""
        self._rooms = dict(rooms)
        self._flexible = flexible
        header = self.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header shows none by default
        # Qt's default least section (about 100 px) would keep the last column from fitting.
        header.setMinimumSectionSize(min(room.least for room in rooms.values()))
        self.fit()

    def fit(self) -> None:
        if self._flexible is None:
            return
        header = self.horizontalHeader()
        available = self.viewport().width()
        self._fitted_width = available
        shown = {c: room for c, room in self._rooms.items() if not header.isSectionHidden(c)}
        if any(c not in shown for c in self._flexible):
            return
        for column, width in share(shown, self._flexible, available).items():
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width:
            self.fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_row_focus(self)

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        # The frame spans the row: repaint both whole rows, not only the two cells.
        self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def updateGeometries(self) -> None:
        # A vertical scroll bar coming or going changes the viewport without a resize.
        super().updateGeometries()
        if self._flexible is not None and self.viewport().width() != self._fitted_width:
            self.fit()
