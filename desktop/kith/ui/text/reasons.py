"""Why someone is worth seeing, in words: "Inner circle · a week and a half since you met"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kith.domain.placeholders import fill
from kith.domain.priority import Reason, ReasonKind
from kith.domain.spans import Span, SpanUnit, rough_span
from kith.ui.text.formatting import circle_label, plural_fallback

_CTX = "reasons"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _counted(text: str, n: int) -> str:
    return plural_fallback(QCoreApplication.translate(_CTX, text, "", n), n)


def span_words(span: Span) -> str:
    """ "3 days", "a week and a half", "2 and a half months", "a year"."""
    # Each text is written out whole: lupdate finds only literal strings.
    if span.unit == SpanUnit.DAY:
        return _counted("%n day(s)", span.whole)
    if span.unit == SpanUnit.YEAR:
        return _counted("%n year(s)", span.whole)
    weeks = span.unit == SpanUnit.WEEK
    if span.half and span.whole == 1:
        return _tr("a week and a half") if weeks else _tr("a month and a half")
    if span.half:
        text = _tr("%1 and a half weeks") if weeks else _tr("%1 and a half months")
        return fill(text, QLocale().toString(span.whole))
    return _counted("%n week(s)", span.whole) if weeks else _counted("%n month(s)", span.whole)


def reason_words(reason: Reason) -> str:
    """The circle, then how long since you met (or when due), then what tips the balance."""
    parts = [circle_label(reason.circle)]
    if reason.kind == ReasonKind.NEVER_MET or reason.days_since_met is None:
        parts.append(_tr("not met in person yet"))
    elif reason.kind == ReasonKind.SOON:
        days = reason.days_until_due or 0
        parts.append(_tr("due tomorrow") if days == 1 else _counted("due in %n day(s)", days))
    else:
        parts.append(fill(_tr("%1 since you met"), span_words(rough_span(reason.days_since_met))))
    if reason.lean_on:
        parts.append(_tr("someone you lean on"))
    days = reason.birthday_in_days
    if days == 0:
        parts.append(_tr("birthday today"))
    elif days == 1:
        parts.append(_tr("birthday tomorrow"))
    elif days is not None:
        parts.append(_counted("birthday in %n day(s)", days))
    return " · ".join(parts)
