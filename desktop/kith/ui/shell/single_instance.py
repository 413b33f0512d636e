"""One Kith per user and database: a second launch brings the first one's window forward.

Uses a local socket (a named pipe on Windows, a Unix socket elsewhere) through Qt; this is
inter-process communication on this computer only, never the network.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAKE = b"show\n"
CONNECT_MS = 500


def instance_name(db_path: Path, user: str | None = None) -> str:
    """A name unique to this user and database file, short enough for every platform."""
    who = user or getpass.getuser()
    # Qt's SHA-256, the same digest as hashlib's: OpenSSL is not loaded before the window.
    data = f"{who}\0{db_path.expanduser().resolve()}".encode()
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"kith-{bytes(digest.data()).decode('ascii')[:24]}"


class SingleInstance(QObject):
    """Call `claim()`: True means this is the first Kith; False means one was woken."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._wake_other():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A crashed Kith can leave its socket file behind; nobody answered, so clear it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return True  # carry on alone rather than refuse to start
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _wake_other(self) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(WAKE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            # The message is a few bytes written at once; waiting briefly here is simpler
            # and safer than keeping the connection alive across callbacks.
            if conn.bytesAvailable() or conn.waitForReadyRead(CONNECT_MS):
                message = bytes(conn.readAll().data())
                if message.startswith(WAKE.strip()):
                    self.activated.emit()
            conn.disconnectFromServer()
            conn.deleteLater()
