"""Turning the bytes of a text file from anywhere into text, or refusing them clearly."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError
from kith.interchange.errors import FileRefused, Remark

MAX_FILE_BYTES = 256 * 1024 * 1024
# An archive is read a record at a time, so only the disk bounds it; this cap stops a
# file that is plainly no archive of a life (a disk image renamed .json) early.
MAX_ARCHIVE_BYTES = 4 * 1024 * 1024 * 1024
_CONTROL_OK = {"\t", "\n", "\r", "\f"}


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)


@dataclass(frozen=True)
class _FileWords:
    """Refusals for one kind of file, whole sentences so each reads right translated."""

    empty: str
    too_big: str
    binary: str


_WORDS = {
    "contacts": _FileWords(
        QT_TRANSLATE_NOOP("Errors", "The file is empty; it holds no contacts."),
        QT_TRANSLATE_NOOP("Errors", "The file is %1 MB; Kith reads contacts files up to %2 MB."),
        QT_TRANSLATE_NOOP(
            "Errors", "This is not a text file (it holds binary data), so it holds no contacts."
        ),
    ),
    "Kith data": _FileWords(
        QT_TRANSLATE_NOOP("Errors", "The file is empty; it holds no Kith data."),
        QT_TRANSLATE_NOOP("Errors", "The file is %1 MB; Kith reads Kith data files up to %2 MB."),
        QT_TRANSLATE_NOOP(
            "Errors", "This is not a text file (it holds binary data), so it holds no Kith data."
        ),
    ),
}


def check_size(data: bytes, what: str) -> None:
    """Refuses an empty file and one too big to read."""
    words = _WORDS[what]
    if not data.strip():
        raise FileRefused(words.empty, code="file.empty")
    check_length(len(data), what)


def check_length(size: int, what: str, limit: int | None = None) -> None:
    """Refuses a file of `size` bytes too big to read (before reading it, when the
    size is known from the file system)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    if size > limit:
        raise FileRefused(
            _WORDS[what].too_big,
            size // (1024 * 1024),
            limit // (1024 * 1024),
            code="file.too_big",
        )


def check_archive_length(size: int) -> None:
    check_length(size, "Kith data", MAX_ARCHIVE_BYTES)


def binary(what: str) -> FileRefused:
    return FileRefused(_WORDS[what].binary, code="file.binary")


def refuse_binary(text: str, what: str) -> None:
    if _looks_binary(text):
        raise binary(what)


def utf16_codec(data: bytes) -> str | None:
    """ "utf-16" (with a byte order mark), "utf-16-le"/"-be" (without one), or None.

    Without a mark, UTF-16 text that is mostly ASCII (as every vCard's structure is)
    has a zero in every other byte; binary data has zeros anywhere.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    half = len(sample) // 2
    if half < 8:
        return None
    if sample[1::2].count(0) > half * 0.6 and not sample[0::2].count(0):
        return "utf-16-le"
    if sample[0::2].count(0) > half * 0.6 and not sample[1::2].count(0):
        return "utf-16-be"
    return None


def decode_utf16(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise utf16_broken() from None


def utf16_broken() -> FileRefused:
    return FileRefused(
        QT_TRANSLATE_NOOP("Errors", "The file says it is UTF-16 text but is not."),
        code="file.utf16.broken",
    )


def decode_text(data: bytes, what: str) -> tuple[str, list[KithError]]:
    """The text and any notices (such as "read as Windows-1252"); refuses binary data."""
    check_size(data, what)
    notices: list[KithError] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = decode_utf16(data, "utf-16")
    elif b"\x00" in data[:65536]:
        raise binary(what)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Windows programs write their own code page; Western European is the
            # common one and can decode any byte, so nothing is lost.
            text = data.decode("cp1252", errors="replace")
            notices.append(
                Remark(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The file is not UTF-8; it was read as Western European (Windows-1252) "
                        "text.",
                    ),
                    code="file.read_as_cp1252",
                )
            )
    refuse_binary(text, what)
    return text, notices
