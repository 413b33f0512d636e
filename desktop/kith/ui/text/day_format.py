"""Dates and times in the user's locale, in the short forms lists and tooltips need.

Qt offers whole-date formats only; these derive shorter ones from the locale's long
format (dropping the year, or abbreviating), so the order of day and month stays right.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QLocale, QTime

from kith.ui.text.formatting import qdate

_YEAR = re.compile(r"[\s,./-]*y+[\s.年]*")
_WEEKDAY = re.compile(r"[\s,]*d{4}[\s,]*")


def _drop(pattern: re.Pattern[str], fmt: str) -> str:
    return " ".join(pattern.sub(" ", fmt).split()).strip(" ,.-/")


def day_month_format(locale: QLocale, *, weekday: bool, short: bool) -> str:
    fmt = _drop(_YEAR, locale.dateFormat(QLocale.FormatType.LongFormat))
    if not weekday:
        fmt = _drop(_WEEKDAY, fmt)
    if short:
        fmt = fmt.replace("dddd", "ddd").replace("MMMM", "MMM")
    return fmt


def day_month(
    day: date,
    locale: QLocale | None = None,
    *,
    weekday: bool = False,
    short: bool = False,
    with_year: bool = False,
) -> str:
    """ "7 December", "Mon 7 Dec", or with the year when it is not obvious."""
    loc = locale or QLocale()
    if with_year:
        fmt = loc.dateFormat(QLocale.FormatType.LongFormat)
        if not weekday:
            fmt = _drop(_WEEKDAY, fmt)
        if short:
            fmt = fmt.replace("dddd", "ddd").replace("MMMM", "MMM")
        return loc.toString(qdate(day), fmt)
    return loc.toString(qdate(day), day_month_format(loc, weekday=weekday, short=short))


def time_of_day(moment: datetime, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
