"""Reading an archive's JSON one record at a time, so a file of any size is never whole
in memory: the top-level object's small fields come whole, and each record of the big
arrays (people, interactions, meetups) comes on its own, in file order."""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.interchange.errors import FileRefused
from kith.interchange.text_file import (
    binary,
    check_archive_length,
    decode_text,
    refuse_binary,
    utf16_broken,
)

STREAMED = ("people", "interactions", "meetups")
# Files up to this size are decoded whole (as every other text file is); bigger ones as
# they are read, in pieces of _CHUNK characters.
_WHOLE_BYTES = 8 * 1024 * 1024
_CHUNK = 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()


@contextmanager
def archive_text(path: Path) -> Iterator[IO[str]]:
    """The archive's text as a stream, refused as other text files are (empty, binary,
    broken UTF-16); text that is not UTF-8 is read as Windows-1252."""
    size = path.stat().st_size
    # Refused by its size before it is read: a file too big is not held at all.
    check_archive_length(size)
    if size <= _WHOLE_BYTES:
        text, _ = decode_text(path.read_bytes(), "Kith data")
        yield io.StringIO(text)
        return
    with path.open("rb") as raw:
        head = raw.read(65536)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            codec, errors = "utf-16", "strict"
        elif b"\x00" in head:
            raise binary("Kith data")
        else:
            codec, errors = ("utf-8-sig", "strict") if _is_utf8(raw) else ("cp1252", "replace")
        raw.seek(0)
        stream = io.TextIOWrapper(raw, encoding=codec, errors=errors, newline="")
        refuse_binary(stream.read(65536), "Kith data")
        stream.seek(0)
        yield stream


def _is_utf8(raw: IO[bytes]) -> bool:
    """Whether the whole file is UTF-8, read through once in pieces."""
    raw.seek(0)
    check = codecs.getincrementaldecoder("utf-8")()
    try:
        while piece := raw.read(_CHUNK):
            check.decode(piece)
        check.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


class _Window:
    """The part of the text the parser is at; read further as it is needed and let go
    of behind it."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._lines_behind = 0

    def more(self, size: int = _CHUNK) -> bool:
        if self.eof:
            return False
        try:
            piece = self._text.read(size)
        except UnicodeDecodeError:
            # Only a file that says it is UTF-16 is decoded strictly as it is read.
            raise utf16_broken() from None
        if not piece:
            self.eof = True
            return False
        self._lines_behind += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos :] + piece
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos : self.pos + 1]

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise self.not_json(self.pos)
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value, read further until it is complete."""
        self.peek()
        size = _CHUNK
        while True:
            try:
                found, end = _decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if not self._cut_short(exc) or not self.more(size):
                    raise self.not_json(exc.pos) from None
                size *= 2  # a long value is read in growing pieces, not parsed anew each MB
                continue
            # A number at the very end may go on in the text not yet read.
            if end == len(self.buf) and self.more(size):
                continue
            self.pos = end
            return found

    def _cut_short(self, exc: json.JSONDecodeError) -> bool:
        """Whether the value may only be cut off by the end of what is read so far."""
        if self.eof:
            return False
        return exc.msg.startswith("Unterminated string") or exc.pos >= len(self.buf) - 64

    def not_json(self, at: int) -> FileRefused:
        line = self._lines_behind + self.buf.count("\n", 0, at) + 1
        # The JSON parser's own words stay out: the line number is enough.
        return FileRefused(
            QT_TRANSLATE_NOOP("Errors", "This is not a Kith archive: it is not JSON (line %1)."),
            str(line),
            code="archive.not_json",
        )


class Field:
    """A whole top-level field (`index` None), or one record of a streamed array."""

    __slots__ = ("index", "key", "value")

    def __init__(self, key: str, index: int | None, value: Any) -> None:
        self.key, self.index, self.value = key, index, value


def read_fields(text: IO[str]) -> Iterator[Field]:
    """The top-level fields in file order; a streamed array's records one by one.

    A top-level value that is not an object comes as one field with the key "" (it is
    not an archive); a key given twice is refused, as it could only mean two archives.
    """
    w = _Window(text)
    if w.peek() != "{":
        value = w.value()
        _end(w)
        yield Field("", None, value)
        return
    w.pos += 1
    seen: set[str] = set()
    if w.peek() == "}":
        w.pos += 1
        _end(w)
        return
    while True:
        if w.peek() != '"':
            raise w.not_json(w.pos)
        key = w.value()
        if key in seen:
            raise FileRefused(
                QT_TRANSLATE_NOOP("Errors", "The archive gives “%1” twice."),
                key,
                code="archive.key.twice",
            )
        seen.add(key)
        w.expect(":")
        if key in STREAMED and w.peek() == "[":
            yield from _records(w, key)
        else:
            yield Field(key, None, w.value())
        ch = w.peek()
        w.pos += 1
        if ch == "}":
            break
        if ch != ",":
            raise w.not_json(w.pos - 1)
    _end(w)


def _records(w: _Window, key: str) -> Iterator[Field]:
    w.pos += 1  # the "["
    yield Field(key, None, [])  # the array begins: its records follow
    if w.peek() == "]":
        w.pos += 1
        return
    n = 0
    while True:
        yield Field(key, n, w.value())
        n += 1
        ch = w.peek()
        w.pos += 1
        if ch == "]":
            return
        if ch != ",":
            raise w.not_json(w.pos - 1)


def _end(w: _Window) -> None:
    if w.peek():
        raise w.not_json(w.pos)
