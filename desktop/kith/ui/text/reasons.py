"""Why someone is worth seeing, in words: "Inner circle · a week and a half since you met"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kith.domain.placeholders import fill
from kith.domain.priority import Reason, ReasonKind
from kith.domain.spans import Span, SpanUnit, rough_span
from kith.ui.text.formatting import circle_label, plural_fallback

# Every text is a literal translate() call, the only kind lupdate finds.


def span_words(span: Span) -> str:
    """ "3 days", "a week and a half", "2 and a half months", "a year"."""
    n = span.whole
    if span.unit == SpanUnit.DAY:
        return plural_fallback(QCoreApplication.translate("reasons", "%n day(s)", "", n), n)
    if span.unit == SpanUnit.YEAR:
        return plural_fallback(QCoreApplication.translate("reasons", "%n year(s)", "", n), n)
    weeks = span.unit == SpanUnit.WEEK
    if span.half and n == 1:
        if weeks:
            return QCoreApplication.translate("reasons", "a week and a half")
        return QCoreApplication.translate("reasons", "a month and a half")
    if span.half:
        if weeks:
            text = QCoreApplication.translate("reasons", "%1 and a half weeks")
        else:
            text = QCoreApplication.translate("reasons", "%1 and a half months")
        return fill(text, QLocale().toString(n))
    if weeks:
        return plural_fallback(QCoreApplication.translate("reasons", "%n week(s)", "", n), n)
    return plural_fallback(QCoreApplication.translate("reasons", "%n month(s)", "", n), n)


def _when(reason: Reason) -> str:
    if reason.kind == ReasonKind.NEVER_MET or reason.days_since_met is None:
        return QCoreApplication.translate("reasons", "not met in person yet")
    if reason.kind == ReasonKind.SOON:
        days = reason.days_until_due or 0
        if days == 1:
            return QCoreApplication.translate("reasons", "due tomorrow")
        return plural_fallback(
            QCoreApplication.translate("reasons", "due in %n day(s)", "", days), days
        )
    return fill(
        QCoreApplication.translate("reasons", "%1 since you met"),
        span_words(rough_span(reason.days_since_met)),
    )


def _birthday(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("reasons", "birthday today")
    if days == 1:
        return QCoreApplication.translate("reasons", "birthday tomorrow")
    return plural_fallback(
        QCoreApplication.translate("reasons", "birthday in %n day(s)", "", days), days
    )


def reason_words(reason: Reason) -> str:
    """The circle, then how long since you met (or when due), then what tips the balance."""
    parts = [circle_label(reason.circle), _when(reason)]
    if reason.lean_on:
        parts.append(QCoreApplication.translate("reasons", "someone you can lean on"))
    if reason.birthday_in_days is not None:
        parts.append(_birthday(reason.birthday_in_days))
    return " · ".join(parts)
