"""Refusals in the user's language: the template translated, its values formatted by QLocale.

A refusal carries its English template (marked where it is written, context "Errors") and
raw values. Here the template is translated and filled in one pass, with numbers and dates
written the way the user's locale writes them (Indonesian: 100.001) and text exactly as
typed. Anything that is not a refusal gets one plain sentence: a library's words or a
traceback never reach the user (they go to the log).
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime

from kith.domain.errors import ERRORS, ErrorValue, KithError, Term
from kith.domain.placeholders import fill
from kith.ui.text.formatting import qdate

log = logging.getLogger(__name__)


def explain(error: BaseException) -> str:
    """The refusal as one sentence in the user's language."""
    if isinstance(error, KithError):
        return _refusal(error, QLocale())
    if isinstance(error, OSError) and error.filename and error.strerror:
        return fill(
            QCoreApplication.translate("Errors", "Cannot use %1: %2."),
            str(error.filename),
            error.strerror,
        )
    log.warning("not a refusal, shown as a plain sentence: %r", error)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong; please try again."
    )


def explain_term(word: str) -> str:
    """A marked word (such as a notifier's name, `Term`) in the user's language."""
    return QCoreApplication.translate(ERRORS, word)


def _refusal(error: KithError, locale: QLocale) -> str:
    template = QCoreApplication.translate(ERRORS, error.template)
    return fill(template, *(_value(value, locale) for value in error.values))


def _value(value: ErrorValue, locale: QLocale) -> str:
    if isinstance(value, KithError):
        return _refusal(value, locale)
    if isinstance(value, Term):
        return explain_term(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "g", 6)
    if isinstance(value, datetime):
        moment = QDateTime(qdate(value.date()), QTime(value.hour, value.minute))
        return locale.toString(moment, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return locale.toString(qdate(value), QLocale.FormatType.ShortFormat)
    return value


__all__ = ["explain", "explain_term"]
