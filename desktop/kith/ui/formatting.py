"""Words for days, states, circles and modes: translated with tr(), dates through QLocale."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from kith.domain.values import Circle, DateKind, Mode, TendingState
from kith.services.views import PersonSummary

_CTX = "formatting"


def _tr(text: str, n: int = -1) -> str:
    return plural_fallback(QCoreApplication.translate(_CTX, text, None, n), n)


def plural_fallback(text: str, n: int) -> str:
    """English numerus forms when no translation supplies them: "%n day(s)" → "3 days"."""
    if "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt renders any tooltip that looks like HTML as
    HTML, so a name such as "<b>Ana</b>" would turn bold; such text is escaped instead."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    lines = "<br/>".join(escape(line, quote=False) for line in text.split("\n"))
    return f"<p style='white-space:pre-wrap'>{lines}</p>"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def day_and_month(day: date) -> str:
    """ "Sat 28 Nov" in the user's language and order."""
    return QLocale().toString(qdate(day), "ddd d MMM")


def _span(days: int) -> str:
    """A length of time in the calmest unit that stays honest."""
    if days < 45:
        return _tr("%n day(s)", days)
    if days < 7 * 13:
        return _tr("%n week(s)", days // 7)
    if days < 730:
        return _tr("%n month(s)", days // 30)
    return _tr("%n year(s)", days // 365)


def relative_day(day: date, today: date) -> str:
    """ "today", "yesterday", "3 days ago", "in 2 weeks"..."""
    delta = (day - today).days
    if delta == 0:
        return _tr("today")
    if delta == -1:
        return _tr("yesterday")
    if delta == 1:
        return _tr("tomorrow")
    if delta < 0:
        return _tr("%1 ago").replace("%1", _span(-delta))
    return _tr("in %1").replace("%1", _span(delta))


def tending_words(person: PersonSummary, today: date) -> str:
    """ "last seen in person 23 days ago — due since 9 days", in words a user reads at once."""
    t = person.tending
    if person.last_in_person is None:
        seen = _tr("not met in person yet")
    else:
        seen = _tr("last seen in person %1").replace(
            "%1", relative_day(person.last_in_person, today)
        )
    if t.state == TendingState.PLANNED and person.next_planned is not None:
        tail = _tr("meeting %1").replace("%1", relative_day(person.next_planned, today))
    elif t.days_until_due is None:
        tail = ""
    elif t.days_until_due < 0:
        tail = _tr("due since %1").replace("%1", _span(-t.days_until_due))
    elif t.days_until_due == 0:
        tail = _tr("due today")
    else:
        tail = _tr("due %1").replace("%1", relative_day(t.due_on or today, today))
    return f"{seen} — {tail}" if tail else seen


def state_label(state: TendingState) -> str:
    return {
        TendingState.OVERDUE: _tr("Overdue"),
        TendingState.DUE: _tr("Due"),
        TendingState.NEVER_MET: _tr("Not met yet"),
        TendingState.SOON: _tr("Soon"),
        TendingState.PLANNED: _tr("Planned"),
        TendingState.OK: _tr("Fine"),
    }[state]


def circle_label(circle: Circle) -> str:
    return {
        Circle.INNER: _tr("Inner circle"),
        Circle.CLOSE: _tr("Close"),
        Circle.FRIENDS: _tr("Friends"),
        Circle.WIDER: _tr("Wider circle"),
    }[circle]


def mode_label(mode: Mode) -> str:
    return {
        Mode.IN_PERSON: _tr("In person"),
        Mode.CALL: _tr("Call"),
        Mode.VIDEO: _tr("Video"),
        Mode.MESSAGE: _tr("Message"),
        Mode.LETTER: _tr("Letter"),
    }[mode]


def mode_icon_name(mode: Mode) -> str:
    return f"mode-{mode.value}"


def date_kind_label(kind: DateKind, label: str = "") -> str:
    if kind == DateKind.CUSTOM and label:
        return label
    return {
        DateKind.BIRTHDAY: _tr("Birthday"),
        DateKind.ANNIVERSARY: label or _tr("Anniversary"),
        DateKind.CUSTOM: _tr("Date"),
    }[kind]


def rhythm_words(days: int) -> str:
    if days == 7:
        return _tr("every week")
    if days % 7 == 0 and days >= 14:
        return _tr("every %n week(s)", days // 7)
    return _tr("every %n day(s)", days)


# Calm, mid-tone accents that read on light and dark backgrounds alike; everything else
# comes from the system palette.
_STATE_COLORS = {
    TendingState.OVERDUE: "#c47a3a",
    TendingState.DUE: "#c9a23c",
    TendingState.NEVER_MET: "#8a8f98",
    TendingState.SOON: "#5f8fb4",
    TendingState.PLANNED: "#4f9a8c",
    TendingState.OK: "#6a9a5b",
}


def state_color(state: TendingState) -> QColor:
    return QColor(_STATE_COLORS[state])


IN_PERSON_ACCENT = QColor("#4f9a8c")
