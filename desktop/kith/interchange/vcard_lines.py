"""A vCard file's bytes as logical lines: line ends, folding and 2.1's own continuations.

Lines stay bytes until each property is decoded with its own `CHARSET`, because one
file may mix character sets. Every step is linear in the size of the file, whatever is
in it: a huge line or a run of line ends never costs more than reading it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+")
_QP = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)
# A soft break never swallows the card's end, as a value ending in a stray "=" would.
_CARD_EDGE = re.compile(rb"\s*(?:BEGIN|END)\s*:\s*VCARD", re.IGNORECASE)
_BASE64 = re.compile(rb"ENCODING\s*=\s*(?:B|BASE64)\b|;\s*BASE64\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LogicalLine:
    number: int
    """The line in the file where it starts, counted from 1."""
    text: bytes


def physical_lines(data: bytes) -> list[bytes]:
    """Split on CR LF, CR CR LF (iPhone), LF and lone CR alike."""
    return data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")


def _head(line: bytes) -> bytes:
    """The property's name and parameters: what comes before the first colon."""
    return line.split(b":", 1)[0][:1000]


def logical_lines(data: bytes) -> Iterator[LogicalLine]:
    """Unfolded lines; `#` comment lines and blank lines are not properties and are dropped.

    A line is continued by a line starting with a space or tab (the one space is dropped);
    a quoted-printable value by an `=` at its end (a soft break, whether or not the next
    line is indented); a base64 value in vCard 2.1 by unindented base64 lines up to the
    blank line that ends it.
    """
    parts: list[bytes] = []
    start = 0
    mode = b""  # b"qp", b"b64" or b"" for the line being built
    for index, line in enumerate(physical_lines(data)):
        if parts and line[:1] in (b" ", b"\t"):
            if mode == b"b64":
                parts.append(line.strip())
            elif mode == b"qp" and parts[-1].endswith(b"="):
                parts[-1] = parts[-1][:-1]
                parts.append(line.lstrip(b" \t"))
            else:
                parts.append(line[1:])
            continue
        if parts and mode == b"qp" and parts[-1].endswith(b"=") and not _CARD_EDGE.match(line):
            parts[-1] = parts[-1][:-1]
            parts.append(line)
            continue
        if parts and mode == b"b64" and line and b":" not in line and _BASE64_LINE.fullmatch(line):
            parts.append(line)
            continue
        if parts:
            yield LogicalLine(start, b"".join(parts))
            parts = []
        stripped = line.strip()
        if not stripped or stripped.startswith(b"#"):
            continue
        start = index + 1
        parts = [line]
        head = _head(line)
        mode = b"qp" if _QP.search(head) else b"b64" if _BASE64.search(head) else b""
    if parts:
        yield LogicalLine(start, b"".join(parts))
