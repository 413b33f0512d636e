"""The Kith archive: everything in one JSON file, in a documented, versioned format.

See ARCHIVE_FORMAT.md beside this file. Reading checks every field, and names the
first thing wrong by its place in the file (e.g. ``people[12].circle``); nothing of an
archive with a fault is kept.
"""

from __future__ import annotations

import json
import json.encoder
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, ErrorValue, ValidationError
from kith.interchange.errors import FileRefused, Remark

FORMAT = "kith-archive"
FORMAT_VERSION = 2
"""2 added ties and groups; version 1 archives (without them) still read."""
T = TypeVar("T")
# SQLite stores whole numbers in 64 bits; a bigger one would fail halfway through a write.
_SMALLEST, _LARGEST = -(2**63), 2**63 - 1
# JSON's own string encoder (C where available), as json.dumps(ensure_ascii=False) uses.
_encode_text: Callable[[str], str] = json.encoder.encode_basestring


def dump(archive: dict[str, Any]) -> str:
    """Stable text: the same data always gives the same bytes."""
    return "".join(dump_chunks(archive.items()))


def dump_chunks(fields: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """The archive's text in pieces, exactly as `json.dumps(..., indent=2)` lays it out.

    A field whose value is an iterator (not a list) is written as a list one record at
    a time, so an archive of 100,000 people is never whole in memory; the others are
    written as they are.
    """
    yield "{"
    first = True
    for key, value in fields:
        yield ("\n  " if first else ",\n  ") + _encode_text(key) + ": "
        first = False
        if isinstance(value, Iterator):
            yield from _streamed_list(value)
        else:
            yield _laid_out(value, 1)
    yield "\n}\n" if not first else "}\n"


def _streamed_list(records: Iterator[Any]) -> Iterator[str]:
    opened = False
    for record in records:
        yield ("[\n    " if not opened else ",\n    ") + _laid_out(record, 2)
        opened = True
    yield "\n  ]" if opened else "[]"


def _laid_out(value: Any, level: int) -> str:
    """`value` as json.dumps(indent=2, ensure_ascii=False) writes it `level` deep."""
    if isinstance(value, str):
        return _encode_text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = "\n" + "  " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{_encode_key(k)}: {_laid_out(v, level + 1)}" for k, v in value.items())
        return "{" + inner + ("," + inner).join(items) + "\n" + "  " * level + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = (_laid_out(v, level + 1) for v in value)
        return "[" + inner + ("," + inner).join(items) + "\n" + "  " * level + "]"
    return json.dumps(value, ensure_ascii=False)  # a float, as JSON writes it


def _encode_key(key: Any) -> str:
    return _encode_text(key) if isinstance(key, str) else json.dumps({key: 0})[1:-4]


def moment(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


class ArchiveReader:
    """Checks one value at a time, naming where it sits when it is wrong."""

    def refuse(self, where: str, template: str, *values: ErrorValue, code: str) -> FileRefused:
        """The archive refused at `where`, for the reason `template` filled with `values`."""
        reason = Remark(template, *(_shown(value) for value in values), code=code)
        return FileRefused(
            QT_TRANSLATE_NOOP("Errors", "The archive is not valid at %1: %2"),
            _shown(where),
            reason,
            code="archive.invalid",
        )

    def field(self, record: Any, key: str, where: str) -> Any:
        if not isinstance(record, dict):
            raise self.refuse(
                where, QT_TRANSLATE_NOOP("Errors", "expected an object"), code="archive.not_object"
            )
        if key not in record:
            raise self.refuse(
                f"{where}.{key}", QT_TRANSLATE_NOOP("Errors", "missing"), code="archive.missing"
            )
        return record[key]

    def maybe(self, record: Any, key: str, where: str, kind: type[T]) -> T | None:
        value = self.field(record, key, where)
        if value is None:
            return None
        return self.typed(record, key, where, kind)

    def typed(self, record: Any, key: str, where: str, kind: type[T]) -> T:
        value = self.field(record, key, where)
        if kind is int and isinstance(value, bool):
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "expected a whole number"),
                code="archive.not_whole",
            )
        if not isinstance(value, kind):
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "expected %1"),
                kind.__name__,
                code="archive.wrong_type",
            )
        if isinstance(value, int) and not _SMALLEST <= value <= _LARGEST:
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "%1 is out of range"),
                str(value),
                code="archive.out_of_range",
            )
        if isinstance(value, str):
            self.text(value, f"{where}.{key}")
        return value

    def text(self, value: str, where: str) -> str:
        """Half a character (a lone surrogate, as JSON's \\ud800 escapes can carry) can be
        neither stored nor written out again."""
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise self.refuse(
                where,
                QT_TRANSLATE_NOOP("Errors", "it holds half a character (a lone surrogate)"),
                code="archive.broken_text",
            )
        return value

    def strings(self, record: Any, key: str, where: str) -> list[str]:
        values = self.items(record, key, where)
        for n, value in enumerate(values):
            if not isinstance(value, str):
                raise self.refuse(
                    f"{where}.{key}[{n}]",
                    QT_TRANSLATE_NOOP("Errors", "expected %1"),
                    "str",
                    code="archive.wrong_type",
                )
        return values

    def checked(self, where: str, check: Callable[..., T], *args: Any) -> T:
        try:
            return check(*args)
        except ValidationError as exc:
            raise self.refuse(where, exc.template, *exc.values, code=exc.code) from None
        except ValueError:  # an enum that does not know the value; its words are Python's
            raise self.refuse(
                where,
                QT_TRANSLATE_NOOP("Errors", "“%1” is not a value Kith knows here"),
                str(args[0]) if args else "",
                code="archive.unknown_value",
            ) from None

    def maybe_moment(self, record: Any, key: str, where: str) -> datetime | None:
        if self.field(record, key, where) is None:
            return None
        return self.moment(record, key, where)

    def moment(self, record: Any, key: str, where: str) -> datetime:
        text = self.typed(record, key, where, str)
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "“%1” is not a moment like 2026-11-22T18:30:00+00:00"),
                text,
                code="archive.moment.malformed",
            ) from None
        if parsed.tzinfo is None:
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "a moment needs its UTC offset"),
                code="archive.moment.naive",
            )
        try:
            return parsed.astimezone(UTC)
        except OverflowError:  # e.g. 9999-12-31T23:00-05:00 is in the year 10000 in UTC
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "%1 is out of range"),
                text,
                code="archive.out_of_range",
            ) from None

    def maybe_day(self, record: Any, key: str, where: str) -> date | None:
        if self.field(record, key, where) is None:
            return None
        return self.checked(f"{where}.{key}", v.parse_day, self.typed(record, key, where, str))

    def enum(self, record: Any, key: str, where: str, kind: Callable[[str], T]) -> T:
        return self.checked(f"{where}.{key}", kind, self.typed(record, key, where, str))

    def zone(self, record: Any, key: str, where: str) -> str:
        text = self.typed(record, key, where, str)
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.refuse(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "“%1” is not a time zone"),
                text,
                code="archive.zone.unknown",
            ) from None
        return text

    def items(self, record: Any, key: str, where: str) -> list[Any]:
        return self.typed(record, key, where, list)


def _shown(value: ErrorValue) -> ErrorValue:
    """Text quoted from the file, as one readable line of sane length."""
    if not isinstance(value, str):
        return value
    shown = "".join(
        repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in value
    )
    return shown[:299] + "…" if len(shown) > 300 else shown


def check_envelope(archive: Any) -> None:
    """Refuses what is not a Kith archive of a version this Kith reads; its records are
    checked by the loader."""
    if not isinstance(archive, dict) or archive.get("format") != FORMAT:
        raise FileRefused(
            QT_TRANSLATE_NOOP(
                "Errors", 'This is JSON, but not a Kith archive (no "format": "%1").'
            ),
            FORMAT,
            code="archive.not_kith",
        )
    version = archive.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FileRefused(
            QT_TRANSLATE_NOOP("Errors", "The archive has no format_version."),
            code="archive.no_version",
        )
    if version > FORMAT_VERSION:
        raise FileRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The archive is format version %1, made by a newer Kith; "
                "this one reads up to version %2.",
            ),
            str(version),
            str(FORMAT_VERSION),
            code="archive.version.newer",
        )
    if version < 1:
        raise FileRefused(
            QT_TRANSLATE_NOOP("Errors", "The archive format version %1 is not one Kith knows."),
            str(version),
            code="archive.version.unknown",
        )
