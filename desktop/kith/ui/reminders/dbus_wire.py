"""Just enough of the D-Bus wire protocol to talk to the session's notification service.

Why not QtDBus: PySide6 turns every Python int into a signed 32-bit D-Bus integer, and
`Notify` takes its `replaces_id` as an unsigned one (and urgency as a byte); notification
services check the signature and refuse the call. So Kith writes the few messages it
needs itself, over Qt's local socket to the bus: method calls, their replies and errors,
and the two signals of org.freedesktop.Notifications. Never a network connection.

Types written and read: y b n q i u x t d s o g a ( { v — the basic set of the spec.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtNetwork import QLocalSocket

CALL, REPLY, ERROR, SIGNAL = 1, 2, 3, 4
_NO_REPLY_EXPECTED = 0x1
_FIELDS = {1: "path", 2: "interface", 3: "member", 4: "error", 5: "reply_serial", 6: "destination"}
_FIELDS.update({7: "sender", 8: "signature"})
_FIELD_TYPES = {1: "o", 2: "s", 3: "s", 4: "s", 5: "u", 6: "s", 7: "s", 8: "g"}
_FIXED = {"y": "B", "b": "I", "n": "h", "q": "H", "i": "i", "u": "I", "x": "q", "t": "Q", "d": "d"}
_ALIGN = {"y": 1, "b": 4, "n": 2, "q": 2, "i": 4, "u": 4, "x": 8, "t": 8, "d": 8}
_ALIGN.update({"s": 4, "o": 4, "g": 1, "a": 4, "(": 8, "{": 8, "v": 1})
TIMEOUT_MS = 3000


class BusError(Exception):
    """The bus could not be reached, or a call was refused (the D-Bus error name first)."""


@dataclass(frozen=True, slots=True)
class Variant:
    """A value with the D-Bus type it is to be written as ("y", "s", "as"…)."""

    signature: str
    value: Any


@dataclass(slots=True)
class Message:
    kind: int
    serial: int
    headers: dict[str, Any] = field(default_factory=dict)
    body: list[Any] = field(default_factory=list)


# Signatures -----------------------------------------------------------------------------


def split_signature(signature: str) -> list[str]:
    """ "sa{sv}i" → ["s", "a{sv}", "i"]."""
    types, at = [], 0
    while at < len(signature):
        end = _complete_type(signature, at)
        types.append(signature[at:end])
        at = end
    return types


def _complete_type(signature: str, at: int) -> int:
    char = signature[at]
    if char == "a":
        return _complete_type(signature, at + 1)
    if char in "({":
        close = ")" if char == "(" else "}"
        at += 1
        while signature[at] != close:
            at = _complete_type(signature, at)
        return at + 1
    return at + 1


# Writing --------------------------------------------------------------------------------


class _Writer:
    def __init__(self, start: int = 0) -> None:
        self.data = bytearray()
        self._start = start  # alignment counts from the start of the message

    def align(self, n: int) -> None:
        self.data.extend(b"\0" * (-(self._start + len(self.data)) % n))

    def write(self, signature: str, value: Any) -> None:
        char = signature[0]
        self.align(_ALIGN[char])
        if char in _FIXED:
            self.data.extend(struct.pack("<" + _FIXED[char], int(value) if char != "d" else value))
        elif char in "so":
            raw = str(value).encode("utf-8")
            self.data.extend(struct.pack("<I", len(raw)) + raw + b"\0")
        elif char == "g":
            raw = str(value).encode("ascii")
            self.data.extend(bytes([len(raw)]) + raw + b"\0")
        elif char == "v":
            assert isinstance(value, Variant)
            self.write("g", value.signature)
            self.write(value.signature, value.value)
        elif char == "a":
            self._array(signature[1:], value)
        elif char in "({":
            for part, item in zip(split_signature(signature[1:-1]), value, strict=True):
                self.write(part, item)
        else:
            raise ValueError(f"cannot write D-Bus type {signature!r}")

    def _array(self, element: str, value: Any) -> None:
        self.data.extend(b"\0\0\0\0")
        size_at = len(self.data) - 4
        self.align(_ALIGN[element[0]])  # the padding before the first element is not counted
        first = len(self.data)
        items = value.items() if element[0] == "{" else value
        for item in items:
            self.write(element, item)
        self.data[size_at : size_at + 4] = struct.pack("<I", len(self.data) - first)


def encode(message: Message) -> bytes:
    signature = message.headers.get("signature", "")
    body = _Writer()
    for part, value in zip(split_signature(signature), message.body, strict=True):
        body.write(part, value)
    codes = {name: code for code, name in _FIELDS.items()}
    fields = [
        (codes[name], Variant(_FIELD_TYPES[codes[name]], value))
        for name, value in message.headers.items()
        if value not in ("", None)
    ]
    head = _Writer()
    flags = _NO_REPLY_EXPECTED if message.kind == SIGNAL else 0
    head.data.extend(struct.pack("<cBBBII", b"l", message.kind, flags, 1, len(body.data), 0))
    head.data[8:12] = struct.pack("<I", message.serial)
    head.write("a(yv)", fields)
    head.align(8)
    return bytes(head.data + body.data)


# Reading --------------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: bytes, at: int = 0, little: bool = True) -> None:
        self.data = data
        self.at = at
        self._order = "<" if little else ">"

    def align(self, n: int) -> None:
        self.at += -self.at % n

    def read(self, signature: str) -> Any:
        char = signature[0]
        self.align(_ALIGN[char])
        if char in _FIXED:
            code = self._order + _FIXED[char]
            (value,) = struct.unpack_from(code, self.data, self.at)
            self.at += struct.calcsize(code)
            return bool(value) if char == "b" else value
        if char in "so":
            (size,) = struct.unpack_from(self._order + "I", self.data, self.at)
            self.at += 4 + size + 1
            return self.data[self.at - size - 1 : self.at - 1].decode("utf-8", "replace")
        if char == "g":
            size = self.data[self.at]
            self.at += 1 + size + 1
            return self.data[self.at - size - 1 : self.at - 1].decode("ascii", "replace")
        if char == "v":
            inner = self.read("g")
            return self.read(inner)
        if char == "a":
            (size,) = struct.unpack_from(self._order + "I", self.data, self.at)
            self.at += 4
            element = signature[1:]
            self.align(_ALIGN[element[0]])
            end = self.at + size
            items = []
            while self.at < end:
                items.append(self.read(element))
            return dict(items) if element[0] == "{" else items
        if char in "({":
            return tuple(self.read(part) for part in split_signature(signature[1:-1]))
        raise ValueError(f"cannot read D-Bus type {signature!r}")


def message_size(data: bytes) -> int | None:
    """The length of the complete message at the start of `data`, or None: not all there."""
    if len(data) < 16:
        return None
    order = "<" if data[:1] == b"l" else ">"
    body, _, fields = (int(n) for n in struct.unpack_from(order + "III", data, 4))
    head = 16 + fields
    head += -head % 8
    return head + body


def decode(data: bytes) -> Message:
    little = data[:1] == b"l"
    reader = _Reader(data, 0, little)
    reader.at = 1
    kind, _flags, _version = reader.read("y"), reader.read("y"), reader.read("y")
    reader.read("u")  # the body's length: message_size has used it
    serial = reader.read("u")
    headers = {_FIELDS.get(code, str(code)): value for code, value in reader.read("a(yv)")}
    reader.align(8)
    body = [reader.read(part) for part in split_signature(headers.get("signature", ""))]
    return Message(kind, serial, headers, body)


# The connection -------------------------------------------------------------------------


def session_address(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    found = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if found:
        return found
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    raise BusError("there is no D-Bus session")


def has_session(environ: dict[str, str] | None = None) -> bool:
    """Whether this login has a session bus to look for a notification service on."""
    try:
        session_address(environ)
    except BusError:
        return False
    return True


def _socket_name(address: str) -> tuple[str, bool]:
    """The first unix address the bus offers: (path or abstract name, is abstract)."""
    for one in address.split(";"):
        transport, _, rest = one.partition(":")
        if transport != "unix":
            continue
        keys = dict(part.split("=", 1) for part in rest.split(",") if "=" in part)
        if "path" in keys:
            return _unescape(keys["path"]), False
        if "abstract" in keys:
            return _unescape(keys["abstract"]), True
    raise BusError(f"no local address in {address!r}")


def _unescape(value: str) -> str:
    out, at = bytearray(), 0
    raw = value.encode()
    while at < len(raw):
        if raw[at : at + 1] == b"%":
            out.append(int(raw[at + 1 : at + 3], 16))
            at += 3
        else:
            out.append(raw[at])
            at += 1
    return out.decode()


class SessionBus:
    """One connection to the session bus: blocking calls, and signals handed to `on_message`.

    Signals arrive while a call waits or, between calls, whenever the event loop reads
    the socket.
    """

    def __init__(self, address: str | None = None, timeout_ms: int = TIMEOUT_MS) -> None:
        self._timeout = timeout_ms
        self._socket = QLocalSocket()
        self._buffer = b""
        self._serial = 0
        self._inbox: list[Message] = []
        self._calling = 0
        self.on_message: Callable[[Message], None] | None = None
        """Gets every signal, and any method call made to this connection."""
        name, abstract = _socket_name(address or session_address())
        if abstract:
            self._socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        self._socket.connectToServer(name)
        if not self._socket.waitForConnected(timeout_ms):
            raise BusError(f"the session bus does not answer: {self._socket.errorString()}")
        self._authenticate()
        self.unique_name = str(
            self.call(
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello"
            )[0]
        )
        self._socket.readyRead.connect(self._on_ready_read)

    def close(self) -> None:
        self._socket.abort()

    @property
    def connected(self) -> bool:
        return self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState

    def _authenticate(self) -> None:
        uid = str(os.getuid()).encode().hex()
        self._socket.write(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        answer = self._read_line()
        if not answer.startswith(b"OK"):
            raise BusError(f"the session bus refused Kith: {answer!r}")
        self._socket.write(b"BEGIN\r\n")
        self._socket.flush()

    def _read_line(self) -> bytes:
        timer = QElapsedTimer()
        timer.start()
        while b"\r\n" not in self._buffer:
            left = self._timeout - timer.elapsed()
            if left <= 0 or not self._socket.waitForReadyRead(int(left)):
                raise BusError("the session bus did not answer in time")
            self._buffer += bytes(self._socket.readAll().data())
        line, _, self._buffer = self._buffer.partition(b"\r\n")
        return line

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        args: Sequence[Any] = (),
    ) -> list[Any]:
        """Call a method and wait for its reply's values; a D-Bus error raises BusError."""
        serial = self._send(
            Message(
                CALL,
                0,
                {
                    "path": path,
                    "interface": interface,
                    "member": member,
                    "destination": destination,
                    "signature": signature,
                },
                list(args),
            )
        )
        timer = QElapsedTimer()
        timer.start()
        self._calling += 1
        try:
            while True:
                self._take()
                for message in self._inbox:
                    if (
                        message.kind in (REPLY, ERROR)
                        and message.headers.get("reply_serial") == serial
                    ):
                        self._inbox.remove(message)
                        return _answer(message, member)
                left = self._timeout - timer.elapsed()
                if left <= 0 or not self._socket.waitForReadyRead(int(left)):
                    raise BusError(f"no answer to {member} in time")
        finally:
            self._calling -= 1
            if not self._calling:
                QTimer.singleShot(0, self._deliver)  # signals that came during the call

    def emit(
        self,
        path: str,
        interface: str,
        member: str,
        signature: str,
        args: Sequence[Any],
        destination: str = "",
    ) -> None:
        self._send(
            Message(
                SIGNAL,
                0,
                {
                    "path": path,
                    "interface": interface,
                    "member": member,
                    "destination": destination,
                    "signature": signature,
                },
                list(args),
            )
        )

    def reply(self, call: Message, signature: str = "", args: Sequence[Any] = ()) -> None:
        self._send(
            Message(
                REPLY,
                0,
                {
                    "reply_serial": call.serial,
                    "destination": call.headers.get("sender", ""),
                    "signature": signature,
                },
                list(args),
            )
        )

    def _send(self, message: Message) -> int:
        if not self.connected:
            raise BusError("the session bus connection is closed")
        self._serial += 1
        message.serial = self._serial
        self._socket.write(encode(message))
        self._socket.flush()
        return self._serial

    def _take(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        while (size := message_size(self._buffer)) is not None and len(self._buffer) >= size:
            self._inbox.append(decode(self._buffer[:size]))
            self._buffer = self._buffer[size:]

    def _on_ready_read(self) -> None:
        self._take()
        if not self._calling:
            self._deliver()

    def _deliver(self) -> None:
        """Hand over the signals and calls received; replies wait for their caller."""
        kept = [m for m in self._inbox if m.kind in (REPLY, ERROR)]
        given = [m for m in self._inbox if m.kind in (SIGNAL, CALL)]
        self._inbox = kept[-50:]  # a reply nobody waits for any more is let go
        for message in given:
            if self.on_message is not None:
                self.on_message(message)


def _answer(message: Message, member: str) -> list[Any]:
    if message.kind == ERROR:
        why = message.body[0] if message.body else ""
        raise BusError(f"{message.headers.get('error', member)}: {why}")
    return message.body
