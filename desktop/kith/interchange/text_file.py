"""Turning the bytes of a text file from anywhere into text, or refusing them clearly."""

from __future__ import annotations

import codecs

from kith.interchange.errors import FileRefused

MAX_FILE_BYTES = 256 * 1024 * 1024
_CONTROL_OK = {"\t", "\n", "\r", "\f"}


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes, what: str) -> tuple[str, list[str]]:
    """The text and any notices (such as "read as Windows-1252"); refuses binary data."""
    if not data.strip():
        raise FileRefused(f"The file is empty; it holds no {what}.")
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(
            f"The file is {len(data) // (1024 * 1024):,} MB; Kith reads "
            f"{what} files up to {MAX_FILE_BYTES // (1024 * 1024)} MB."
        )
    notices: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise FileRefused("The file says it is UTF-16 text but is not.") from None
    elif b"\x00" in data[:65536]:
        raise FileRefused(f"This is not a text file (it holds binary data), so it holds no {what}.")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Windows programs write their own code page; Western European is the
            # common one and can decode any byte, so nothing is lost.
            text = data.decode("cp1252", errors="replace")
            notices.append(
                "The file is not UTF-8; it was read as Western European (Windows-1252) text."
            )
    if _looks_binary(text):
        raise FileRefused(f"This is not a text file (it holds binary data), so it holds no {what}.")
    return text, notices
