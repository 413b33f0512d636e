"""A day in one field: Tab leaves it, as it leaves any other field.

A QDateEdit spends Tab on moving between its day, month and year; here those are
reached with Left/Right or typed, and the calendar opens with Alt+Down or F4.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DayField(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Skip QDateTimeEdit's step to the next section: on to the next field.
        return QWidget.focusNextPrevChild(self, next)


__all__ = ["DayField"]
