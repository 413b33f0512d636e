"""Validation in one place, so the CLI and every dialog refuse the same things."""

from __future__ import annotations

import calendar
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.values import Circle, Mode

_Choice = TypeVar("_Choice", bound=StrEnum)

MIN_RHYTHM_DAYS = 1
MAX_RHYTHM_DAYS = 730
MAX_NAME_LENGTH = 200
MAX_TAG_LENGTH = 60
MAX_TITLE_LENGTH = 300
MAX_NOTE_LENGTH = 100_000
MAX_DURATION_MINUTES = 14 * 24 * 60
MAX_ALARM_MINUTES = 4 * 7 * 24 * 60

# Control characters would corrupt exports and terminals; tabs and newlines are fine in notes.
_ALLOWED_CONTROLS = {"\n", "\t", "\r"}


def _strip_controls(text: str, *, keep_newlines: bool) -> str:
    def ok(ch: str) -> bool:
        if unicodedata.category(ch) != "Cc":
            return True
        return keep_newlines and ch in _ALLOWED_CONTROLS

    return "".join(ch for ch in text if ok(ch))


def _one_line(text: str) -> str:
    """Blanks of any kind (tabs, line breaks) become one space; other controls go."""
    kept = (" " if ch.isspace() else ch for ch in text)
    return " ".join("".join(ch for ch in kept if unicodedata.category(ch) != "Cc").split())


@dataclass(frozen=True)
class _TextRefusals:
    """What a text field refuses, as whole sentences, so a translator sees each one."""

    field: str
    too_long: str
    broken: str

    def code(self, what: str) -> str:
        return f"{self.field.replace('-', '_')}.{what}"


_TEXTS: dict[str, _TextRefusals] = {
    r.field: r
    for r in (
        _TextRefusals(
            "name",
            QT_TRANSLATE_NOOP("Errors", "Name is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors", "Name contains bytes that are not valid text (not UTF-8); retype it."
            ),
        ),
        _TextRefusals(
            "nickname",
            QT_TRANSLATE_NOOP("Errors", "Nickname is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors", "Nickname contains bytes that are not valid text (not UTF-8); retype it."
            ),
        ),
        _TextRefusals(
            "organisation",
            QT_TRANSLATE_NOOP("Errors", "The organisation is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "The organisation contains bytes that are not valid text (not UTF-8); retype it.",
            ),
        ),
        _TextRefusals(
            "title",
            QT_TRANSLATE_NOOP("Errors", "The title is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors", "The title contains bytes that are not valid text (not UTF-8); retype it."
            ),
        ),
        _TextRefusals(
            "interest",
            QT_TRANSLATE_NOOP("Errors", "The interest “%1…” is longer than %2 characters."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "The interest contains bytes that are not valid text (not UTF-8); retype it.",
            ),
        ),
        _TextRefusals(
            "notes",
            QT_TRANSLATE_NOOP("Errors", "The notes are %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "The notes contain bytes that are not valid text (not UTF-8); retype them.",
            ),
        ),
        _TextRefusals(
            "note",
            QT_TRANSLATE_NOOP("Errors", "The note is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors", "The note contains bytes that are not valid text (not UTF-8); retype it."
            ),
        ),
        _TextRefusals(
            "place",
            QT_TRANSLATE_NOOP("Errors", "The place is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors", "The place contains bytes that are not valid text (not UTF-8); retype it."
            ),
        ),
        _TextRefusals(
            "address",
            QT_TRANSLATE_NOOP("Errors", "The address is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "The address contains bytes that are not valid text (not UTF-8); retype it.",
            ),
        ),
        _TextRefusals(
            "label",
            QT_TRANSLATE_NOOP("Errors", "The label is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors", "The label contains bytes that are not valid text (not UTF-8); retype it."
            ),
        ),
        _TextRefusals(
            "follow-up",
            QT_TRANSLATE_NOOP("Errors", "The follow-up is %1 characters long; the limit is %2."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "The follow-up contains bytes that are not valid text (not UTF-8); retype it.",
            ),
        ),
    )
}


def _refusals(field: str) -> _TextRefusals:
    try:
        return _TEXTS[field]
    except KeyError:
        raise LookupError(f"no refusals are written for the text field {field!r}") from None


def _refuse_broken_text(text: str, field: str) -> None:
    """Half a character (a lone surrogate, which is how Python carries bytes that are not
    UTF-8, e.g. from a terminal in another encoding) cannot be stored or exported."""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        refusals = _refusals(field)
        raise ValidationError(field, refusals.broken, code=refusals.code("not_text"))


def clean_name(value: str, field: str = "name") -> str:
    """A person's name or nickname (`field` says which) on one line, not too long."""
    refusals = _refusals(field)
    _refuse_broken_text(value, field)
    name = _one_line(value)
    if not name:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "Name cannot be empty."), code="name.empty"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            field, refusals.too_long, len(name), MAX_NAME_LENGTH, code=refusals.code("too_long")
        )
    return name


def clean_optional_name(value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    return clean_name(value, field)


def clean_organisation(value: str | None) -> str:
    """Where someone works or what they belong to, on one line; empty for none."""
    if value is None:
        return ""
    refusals = _refusals("organisation")
    _refuse_broken_text(value, "organisation")
    text = _one_line(value)
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(
            "organisation",
            refusals.too_long,
            len(text),
            MAX_NAME_LENGTH,
            code=refusals.code("too_long"),
        )
    return text


def clean_title(value: str) -> str:
    refusals = _refusals("title")
    _refuse_broken_text(value, "title")
    title = _one_line(value)
    if not title:
        raise ValidationError(
            "title",
            QT_TRANSLATE_NOOP("Errors", "A meetup needs a title."),
            code="meetup.title.empty",
        )
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            "title",
            refusals.too_long,
            len(title),
            MAX_TITLE_LENGTH,
            code=refusals.code("too_long"),
        )
    return title


def clean_note(value: str | None, field: str = "note") -> str:
    if value is None:
        return ""
    refusals = _refusals(field)
    _refuse_broken_text(value, field)
    text = _strip_controls(value, keep_newlines=True).replace("\r\n", "\n").strip()
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            field, refusals.too_long, len(text), MAX_NOTE_LENGTH, code=refusals.code("too_long")
        )
    return text


def clean_tag(value: str) -> str:
    """Interests compare case-insensitively and ignore surrounding blanks."""
    refusals = _refusals("interest")
    _refuse_broken_text(value, "interest")
    tag = _one_line(value).casefold()
    if not tag:
        raise ValidationError(
            "interest",
            QT_TRANSLATE_NOOP("Errors", "An interest cannot be empty."),
            code="interest.empty",
        )
    if len(tag) > MAX_TAG_LENGTH:
        raise ValidationError(
            "interest", refusals.too_long, tag[:20], MAX_TAG_LENGTH, code=refusals.code("too_long")
        )
    return tag


def clean_tags(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(clean_tag(value), None)
    return list(seen)


def check_rhythm(days: int | None, field: str = "rhythm") -> int | None:
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "The rhythm must be a whole number of days."),
            code="rhythm.not_whole",
        )
    if not MIN_RHYTHM_DAYS <= days <= MAX_RHYTHM_DAYS:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "A rhythm of %1 days is outside %2–%3 days."),
            days,
            MIN_RHYTHM_DAYS,
            MAX_RHYTHM_DAYS,
            code="rhythm.out_of_range",
        )
    return days


def _parse_choice(kind: type[_Choice], value: str, field: str, unknown: str) -> _Choice:
    """One of an enum's values, written loosely ("In Person", "in_person"); else a clear no.

    `unknown` is the marked refusal, with %1 the value as typed and %2 the choices."""
    normal = value.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return kind(normal)
    except ValueError:
        names = ", ".join(item.value for item in kind)
        raise ValidationError(field, unknown, value, names, code=f"{field}.unknown") from None


def parse_circle(value: str) -> Circle:
    return _parse_choice(
        Circle, value, "circle", QT_TRANSLATE_NOOP("Errors", "Unknown circle “%1”; use one of %2.")
    )


def parse_mode(value: str) -> Mode:
    if value.strip().lower() == "inperson":
        return Mode.IN_PERSON
    return _parse_choice(
        Mode, value, "mode", QT_TRANSLATE_NOOP("Errors", "Unknown mode “%1”; use one of %2.")
    )


def parse_day(value: str, field: str = "date") -> date:
    """A calendar day written YYYY-MM-DD; impossible dates are named as such."""
    text = value.strip()
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a date; write it as YYYY-MM-DD."),
            value,
            code="date.malformed",
        )
    year, month, day = (int(p) for p in parts)
    check_month_day(month, day, year, field)
    return date(year, month, day)


def parse_moment(value: str, field: str = "at") -> datetime:
    """A local wall-clock time written “YYYY-MM-DD HH:MM” (naive; the caller adds the zone)."""
    text = value.strip().replace("T", " ")
    day_part, _, time_part = text.partition(" ")
    when = parse_day(day_part, field)
    pieces = time_part.strip().split(":")
    if len(pieces) not in (2, 3) or not all(p.isdigit() and len(p) <= 2 for p in pieces):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a time; write it as “YYYY-MM-DD HH:MM”."),
            value,
            code="moment.malformed",
        )
    hour, minute = int(pieces[0]), int(pieces[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a time of day."),
            time_part.strip(),
            code="moment.time_out_of_range",
        )
    # A wall-clock time on purpose: the caller places it in the user's zone.
    return datetime(when.year, when.month, when.day, hour, minute)  # noqa: DTZ001


def check_month_day(month: int, day: int, year: int | None, field: str = "date") -> None:
    """Feb 29 is fine without a year (it recurs); with a year it must exist that year."""
    if not 1 <= month <= 12:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "There is no month %1."), month, code="date.month"
        )
    if year is not None and not 1 <= year <= 9999:
        # A year is a label, not a quantity: shown without thousands separators.
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "The year %1 is out of range."),
            str(year),
            code="date.year",
        )
    longest = calendar.monthrange(year if year is not None else 2000, month)[1]
    if not 1 <= day <= longest:
        when = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "%1 is not a date that exists."),
            when,
            code="date.nonexistent",
        )


def parse_yearly_date(value: str, field: str = "birthday") -> tuple[int | None, int, int]:
    """`YYYY-MM-DD` or `MM-DD` (also vCard's `--MMDD`) → (year or None, month, day)."""
    text = value.strip()
    if text.startswith("--"):
        text = text[2:]
        if len(text) == 4 and text.isdigit():
            text = f"{text[:2]}-{text[2:]}"
    parts = text.split("-")
    if len(parts) == 2 and all(p.isdigit() and 1 <= len(p) <= 2 for p in parts):
        month, day = int(parts[0]), int(parts[1])
        check_month_day(month, day, None, field)
        return None, month, day
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
        check_month_day(month, day, year, field)
        return year, month, day
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP(
            "Errors", "“%1” is not a date; write YYYY-MM-DD, or MM-DD without a year."
        ),
        value,
        code="yearly_date.malformed",
    )


_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The meetup must end after it starts.")


def check_duration(minutes: int | None) -> int | None:
    if minutes is None:
        return None
    if minutes <= 0:
        raise ValidationError("duration", _ENDS_BEFORE_START, code="meetup.duration.negative")
    if minutes > MAX_DURATION_MINUTES:
        raise ValidationError(
            "duration",
            QT_TRANSLATE_NOOP("Errors", "A meetup cannot last more than 14 days."),
            code="meetup.duration.too_long",
        )
    return minutes


def check_alarm(minutes: int | None) -> int | None:
    if minutes is None:
        return None
    if not 0 <= minutes <= MAX_ALARM_MINUTES:
        raise ValidationError(
            "alarm",
            QT_TRANSLATE_NOOP("Errors", "An alarm can be set from 0 minutes to 4 weeks before."),
            code="meetup.alarm.out_of_range",
        )
    return minutes


def check_span(start: datetime, end: datetime) -> int:
    """Minutes between start and end; end before (or at) start is refused."""
    if end <= start:
        raise ValidationError("end", _ENDS_BEFORE_START, code="meetup.end.before_start")
    minutes = int((end - start).total_seconds() // 60)
    checked = check_duration(minutes)
    assert checked is not None
    return checked
