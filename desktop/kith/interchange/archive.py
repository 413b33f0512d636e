"""The Kith archive: everything in one JSON file, in a documented, versioned format.

See ARCHIVE_FORMAT.md beside this file. Reading checks every field before anything is
written, and names the first thing wrong by its place in the file
(e.g. ``people[12].circle``).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kith.domain import validation as v
from kith.domain.errors import ValidationError
from kith.interchange.errors import FileRefused
from kith.interchange.text_file import decode_text

FORMAT = "kith-archive"
FORMAT_VERSION = 1
T = TypeVar("T")
# SQLite stores whole numbers in 64 bits; a bigger one would fail halfway through a write.
_SMALLEST, _LARGEST = -(2**63), 2**63 - 1


def dump(archive: dict[str, Any]) -> str:
    """Stable text: the same data always gives the same bytes."""
    return json.dumps(archive, ensure_ascii=False, indent=2) + "\n"


def moment(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


class ArchiveReader:
    """Checks one value at a time, naming where it sits when it is wrong."""

    def refuse(self, where: str, message: str) -> FileRefused:
        # The message may quote the file's text: keep it one readable line of sane length.
        shown = "".join(
            repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
            for ch in message
        )
        if len(shown) > 300:
            shown = shown[:299] + "…"
        return FileRefused(f"The archive is not valid at {where}: {shown}")

    def field(self, record: Any, key: str, where: str) -> Any:
        if not isinstance(record, dict):
            raise self.refuse(where, "expected an object")
        if key not in record:
            raise self.refuse(f"{where}.{key}", "missing")
        return record[key]

    def maybe(self, record: Any, key: str, where: str, kind: type[T]) -> T | None:
        value = self.field(record, key, where)
        if value is None:
            return None
        return self.typed(record, key, where, kind)

    def typed(self, record: Any, key: str, where: str, kind: type[T]) -> T:
        value = self.field(record, key, where)
        if kind is int and isinstance(value, bool):
            raise self.refuse(f"{where}.{key}", "expected a whole number")
        if not isinstance(value, kind):
            raise self.refuse(f"{where}.{key}", f"expected {kind.__name__}")
        if isinstance(value, int) and not _SMALLEST <= value <= _LARGEST:
            raise self.refuse(f"{where}.{key}", f"{value} is out of range")
        if isinstance(value, str):
            self.text(value, f"{where}.{key}")
        return value

    def text(self, value: str, where: str) -> str:
        """Half a character (a lone surrogate, as JSON's \\ud800 escapes can carry) can be
        neither stored nor written out again."""
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise self.refuse(where, "it holds half a character (a lone surrogate)")
        return value

    def strings(self, record: Any, key: str, where: str) -> list[str]:
        values = self.items(record, key, where)
        for n, value in enumerate(values):
            if not isinstance(value, str):
                raise self.refuse(f"{where}.{key}[{n}]", "expected str")
        return values

    def checked(self, where: str, check: Callable[..., T], *args: Any) -> T:
        try:
            return check(*args)
        except ValidationError as exc:
            raise self.refuse(where, exc.message) from None
        except ValueError as exc:
            raise self.refuse(where, str(exc)) from None

    def maybe_moment(self, record: Any, key: str, where: str) -> datetime | None:
        if self.field(record, key, where) is None:
            return None
        return self.moment(record, key, where)

    def moment(self, record: Any, key: str, where: str) -> datetime:
        text = self.typed(record, key, where, str)
        parsed = self.checked(f"{where}.{key}", datetime.fromisoformat, text)
        if parsed.tzinfo is None:
            raise self.refuse(f"{where}.{key}", "a moment needs its UTC offset")
        try:
            return parsed.astimezone(UTC)
        except OverflowError:  # e.g. 9999-12-31T23:00-05:00 is in the year 10000 in UTC
            raise self.refuse(f"{where}.{key}", f"{text} is out of range") from None

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
            raise self.refuse(f"{where}.{key}", f"“{text}” is not a time zone") from None
        return text

    def items(self, record: Any, key: str, where: str) -> list[Any]:
        return self.typed(record, key, where, list)


def read_archive(data: bytes) -> dict[str, Any]:
    """The parsed archive after its envelope is checked; records are checked by the loader."""
    text, _ = decode_text(data, "Kith data")
    try:
        archive = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileRefused(
            f"This is not a Kith archive: it is not JSON (line {exc.lineno}: {exc.msg})."
        ) from None
    if not isinstance(archive, dict) or archive.get("format") != FORMAT:
        raise FileRefused(f'This is JSON, but not a Kith archive (no "format": "{FORMAT}").')
    version = archive.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FileRefused("The archive has no format_version.")
    if version > FORMAT_VERSION:
        raise FileRefused(
            f"The archive is format version {version}, made by a newer Kith; "
            f"this one reads up to version {FORMAT_VERSION}."
        )
    if version < 1:
        raise FileRefused(f"The archive format version {version} is not one Kith knows.")
    return archive
