"""A time of day typed as people type it: "7:45", "07.45", "0745", "745", "7" or "7 pm".

A QTimeEdit takes digits one section at a time, so "07" then "45" gives 07:00 and Tab
steps through its parts. This is one field and one Tab stop: it reads what was typed
when the field is left (or Enter is pressed) and shows it back the locale's way.
Up and Down move by a quarter of an hour.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

_STEP_SECONDS = 15 * 60
_SEPARATORS = re.compile(r"[:.h\s]+")


def _marker(text: str, locale: QLocale) -> tuple[str, bool | None]:
    """The text without an am/pm marker, and whether it said pm (None: it said neither)."""
    folded = text.casefold()
    for said, pm in (
        (locale.pmText().casefold(), True),
        (locale.amText().casefold(), False),
        ("pm", True),
        ("am", False),
        ("p", True),
        ("a", False),
    ):
        if said and folded.rstrip(". ").endswith(said):
            return folded.rstrip(". ")[: -len(said)].strip(), pm
    return text.strip(), None


def parse_time(text: str, locale: QLocale | None = None) -> QTime | None:
    """The time `text` means, or None when it means none."""
    locale = locale or QLocale()
    shown = locale.toTime(text.strip(), QLocale.FormatType.ShortFormat)
    if shown.isValid():
        return shown
    rest, pm = _marker(text, locale)
    parts = [part for part in _SEPARATORS.split(rest) if part]
    if not parts or not all(part.isdigit() for part in parts) or len(parts) > 2:
        return None
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) <= 2:
            hour, minute = int(digits), 0
        elif len(digits) <= 4:
            hour, minute = int(digits[:-2]), int(digits[-2:])
        else:
            return None
    else:
        if len(parts[1]) > 2:
            return None
        hour, minute = int(parts[0]), int(parts[1])
    if pm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    time = QTime(hour, minute)
    return time if time.isValid() else None


class _TimeValidator(QValidator):
    """Lets through whatever could still become a time; Acceptable once it is one."""

    def __init__(self, field: TimeField) -> None:
        super().__init__(field)
        self._field = field

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if parse_time(text, self._field.locale()) is not None:
            return QValidator.State.Acceptable, text, pos
        if len(text) <= 12 and all(c.isdigit() or c.isalpha() or c in ":. " for c in text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class TimeField(QLineEdit):
    """A time of day in one field; `time()`/`setTime()`/`timeChanged` as on a QTimeEdit."""

    timeChanged = Signal(QTime)  # noqa: N815 - the name QTimeEdit gives it

    def __init__(self, time: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(time) if time is not None and time.isValid() else QTime(0, 0)
        self.setValidator(_TimeValidator(self))
        self.editingFinished.connect(self._on_finished)
        self._show()
        width = self.fontMetrics().horizontalAdvance(self._text_of(QTime(23, 58)) + "MM")
        self.setMaximumWidth(width + 12)
        self.setMinimumWidth(width)

    def time(self) -> QTime:
        """What was typed, read now (so a click on Save right after typing counts)."""
        typed = parse_time(self.text(), self.locale())
        if typed is not None and typed != self._time:
            self._set(typed, show=False)
        return QTime(self._time)

    def setTime(self, time: QTime) -> None:
        self._set(time, show=True)

    def _set(self, time: QTime, *, show: bool) -> None:
        changed = time != self._time
        self._time = QTime(time)
        if show:
            self._show()
        if changed:
            self.timeChanged.emit(QTime(time))

    def _text_of(self, time: QTime) -> str:
        return self.locale().toString(time, QLocale.FormatType.ShortFormat)

    def _show(self) -> None:
        self.setText(self._text_of(self._time))

    def _on_finished(self) -> None:
        typed = parse_time(self.text(), self.locale())
        self._set(typed if typed is not None else self._time, show=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if event.key() == Qt.Key.Key_Up else -1
            seconds = self.time().msecsSinceStartOfDay() // 1000
            # To the next quarter first: 18:07 goes up to 18:15 and down to 18:00.
            if step > 0:
                target = (seconds // _STEP_SECONDS + 1) * _STEP_SECONDS
            else:
                target = ((seconds - 1) // _STEP_SECONDS) * _STEP_SECONDS
            self.setTime(QTime(0, 0).addSecs(target % (24 * 3600)))
            self.selectAll()
            return
        super().keyPressEvent(event)


__all__ = ["TimeField", "parse_time"]
