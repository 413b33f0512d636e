"""Words for days, states, circles and modes: translated with tr(), dates through QLocale."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from kith.domain.placeholders import fill
from kith.domain.values import Circle, DateKind, Mode, TendingState

if TYPE_CHECKING:  # only named here: Today's first paint needs no services
    from kith.services.views import PersonSummary

_CTX = "formatting"


def plural_fallback(text: str, n: int) -> str:
    """English numerus forms when no translation supplies them: "%n day(s)" → "3 days"."""
    if "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def shown_as_typed(text: str) -> str:
    """Text for a menu entry or button: "&" would mark a shortcut key; "&&" shows one "&"."""
    return text.replace("&", "&&")


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


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def day_and_month(day: date) -> str:
    """ "Sat, 28 Nov" in the user's language and order (the same form Plans uses)."""
    from kith.ui.text.day_format import day_month

    return day_month(day, weekday=True, short=True)


def _span(days: int) -> str:
    """A length of time in the calmest unit that stays honest."""
    # Counts are computed first: lupdate reads "//" as a comment and would miss the strings.
    weeks, months, years = divmod(days, 7)[0], divmod(days, 30)[0], divmod(days, 365)[0]
    if days < 45:
        return plural_fallback(
            QCoreApplication.translate("formatting", "%n day(s)", "", days), days
        )
    if days < 7 * 13:
        return plural_fallback(
            QCoreApplication.translate("formatting", "%n week(s)", "", weeks), weeks
        )
    if days < 730:
        return plural_fallback(
            QCoreApplication.translate("formatting", "%n month(s)", "", months), months
        )
    return plural_fallback(QCoreApplication.translate("formatting", "%n year(s)", "", years), years)


def relative_day(day: date, today: date) -> str:
    """ "today", "yesterday", "3 days ago", "in 2 weeks"..."""
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("formatting", "today")
    if delta == -1:
        return QCoreApplication.translate("formatting", "yesterday")
    if delta == 1:
        return QCoreApplication.translate("formatting", "tomorrow")
    if delta < 0:
        return fill(QCoreApplication.translate("formatting", "%1 ago"), _span(-delta))
    return fill(QCoreApplication.translate("formatting", "in %1"), _span(delta))


def tending_words(person: PersonSummary, today: date) -> str:
    """ "last seen in person 23 days ago — due since 9 days", in words a user reads at once."""
    t = person.tending
    if person.last_in_person is None:
        seen = QCoreApplication.translate("formatting", "not met in person yet")
    else:
        seen = fill(
            QCoreApplication.translate("formatting", "last seen in person %1"),
            relative_day(person.last_in_person, today),
        )
    if t.state == TendingState.PLANNED and person.next_planned is not None:
        tail = fill(
            QCoreApplication.translate("formatting", "meeting %1"),
            relative_day(person.next_planned, today),
        )
    elif t.days_until_due is None:
        tail = ""
    elif t.days_until_due < 0:
        tail = fill(
            QCoreApplication.translate("formatting", "due since %1"), _span(-t.days_until_due)
        )
    elif t.days_until_due == 0:
        tail = QCoreApplication.translate("formatting", "due today")
    else:
        tail = fill(
            QCoreApplication.translate("formatting", "due %1"),
            relative_day(t.due_on or today, today),
        )
    return f"{seen} — {tail}" if tail else seen


def circle_label(circle: Circle) -> str:
    return {
        Circle.INNER: QCoreApplication.translate("formatting", "Inner circle"),
        Circle.CLOSE: QCoreApplication.translate("formatting", "Close"),
        Circle.FRIENDS: QCoreApplication.translate("formatting", "Friends"),
        Circle.WIDER: QCoreApplication.translate("formatting", "Wider circle"),
        Circle.UNSORTED: QCoreApplication.translate("formatting", "Not sorted yet"),
    }[circle]


def mode_label(mode: Mode) -> str:
    return {
        Mode.IN_PERSON: QCoreApplication.translate("formatting", "In person"),
        Mode.CALL: QCoreApplication.translate("formatting", "Call"),
        Mode.VIDEO: QCoreApplication.translate("formatting", "Video"),
        Mode.MESSAGE: QCoreApplication.translate("formatting", "Message"),
        Mode.LETTER: QCoreApplication.translate("formatting", "Letter"),
    }[mode]


def mode_icon_name(mode: Mode) -> str:
    return f"mode-{mode.value}"


def date_kind_label(kind: DateKind, label: str = "") -> str:
    if kind == DateKind.CUSTOM and label:
        return label
    return {
        DateKind.BIRTHDAY: QCoreApplication.translate("formatting", "Birthday"),
        DateKind.ANNIVERSARY: label or QCoreApplication.translate("formatting", "Anniversary"),
        DateKind.CUSTOM: QCoreApplication.translate("formatting", "Date"),
    }[kind]


def rhythm_words(days: int) -> str:
    if days == 7:
        return QCoreApplication.translate("formatting", "every week")
    weeks = divmod(days, 7)[0]  # not "//": lupdate would read it as a comment
    if days % 7 == 0 and days >= 14:
        return plural_fallback(
            QCoreApplication.translate("formatting", "every %n week(s)", "", weeks), weeks
        )
    return plural_fallback(
        QCoreApplication.translate("formatting", "every %n day(s)", None, days), days
    )


# The in-person accent of the timeline; tending colours live in widgets/tending_palette.
IN_PERSON_ACCENT = QColor("#4f9a8c")
