"""Errors a user can cause and fix; each names what is wrong.

A refusal is data: a stable `code`, an English `template` with Qt-style %1, %2 …
placeholders, and the `values` that fill them. The template is marked with
`QT_TRANSLATE_NOOP("Errors", …)` where it is written, so `pyside6-lupdate` collects it for
translators without the domain importing Qt. The command line prints `message` (English,
numbers with thousands separators); the GUI translates the template and fills in the
values formatted by QLocale (`kith.ui.text.error_text`). The context is written as the
literal "Errors" at each mark because lupdate reads no variables.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TypeAlias

from kith.domain.placeholders import fill

# The translation context of every refusal's template.
ERRORS = "Errors"

# A nested refusal is a value too (e.g. why one field of an archive is wrong); it is
# translated on its own. A `Term` is a word that is itself translated (a notifier's name).
ErrorValue: TypeAlias = "str | int | float | date | datetime | KithError"


class Term(str):
    """A value that is a marked word, translated in the "Errors" context like a template."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context`; returns it unchanged."""
    del context  # read by pyside6-lupdate, not at run time
    return source


def english(value: ErrorValue) -> str:
    """A value as the command line shows it: 100,001; 2026-12-01; text as typed."""
    if isinstance(value, KithError):
        return value.message
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.6g}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class KithError(Exception):
    """Base for every error shown to a user as one clear line."""

    def __init__(self, template: str, *values: ErrorValue, code: str = "") -> None:
        self.template = template
        self.values: tuple[ErrorValue, ...] = values
        self.code = code or "kith.error"
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The refusal in English with its values filled in (what the CLI prints)."""
        return fill(self.template, *(english(value) for value in self.values))

    def __str__(self) -> str:
        return self.message


class Refusal(KithError):
    """A refusal whose `code` must be given: every kind below, so a new refusal without a
    code does not type-check. (KithError itself still defaults it for older callers.)"""

    def __init__(self, template: str, *values: ErrorValue, code: str) -> None:
        super().__init__(template, *values, code=code)


class ValidationError(Refusal):
    """Input refused before anything is written. `field` lets a dialog point at it."""

    def __init__(self, field: str, template: str, *values: ErrorValue, code: str) -> None:
        self.field = field
        super().__init__(template, *values, code=code)


class NotFound(Refusal):
    pass


class Ambiguous(Refusal):
    """A name matched several people; `candidates` lets the caller offer a choice."""

    def __init__(
        self,
        template: str,
        *values: ErrorValue,
        candidates: Sequence[str] = (),
        code: str,
    ) -> None:
        self.candidates = list(candidates)
        super().__init__(template, *values, code=code)
