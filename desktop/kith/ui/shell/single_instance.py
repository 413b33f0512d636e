"""One Kith per user and database: a second launch brings the first one's window forward.

Which Kith came first is decided by a lock file (QtCore's QLockFile), so the check costs
no network module before the window paints; a lock left by a Kith that crashed is taken
over, since its process is gone. The first Kith then listens on a local socket (a named
pipe on Windows, a Unix socket elsewhere) for later launches asking it to show itself:
inter-process communication on this computer only, never the network. QtNetwork, which
that takes, is imported only to listen (after the first paint) or to wake the first Kith.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCryptographicHash,
    QDir,
    QElapsedTimer,
    QLockFile,
    QObject,
    QThread,
    Signal,
)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

WAKE = b"show\n"
CONNECT_MS = 500
WAIT_MS = 3000
"""How long a later launch waits for the first Kith, still starting, to answer."""
RETRY_MS = 40


def instance_name(db_path: Path, user: str | None = None) -> str:
    """A name unique to this user and database file, short enough for every platform."""
    who = user or getpass.getuser()
    # Qt's SHA-256, the same digest as hashlib's: OpenSSL is not loaded before the window.
    data = f"{who}\0{db_path.expanduser().resolve()}".encode()
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"kith-{bytes(digest.data()).decode('ascii')[:24]}"


def lock_path(name: str) -> Path:
    """Beside the local socket Qt makes for `name` (the temporary folder on Unix)."""
    return Path(QDir.tempPath()) / f"{name}.lock"


class SingleInstance(QObject):
    """Call `claim()`: True means this is the first Kith; False means one was woken."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._lock = QLockFile(str(lock_path(name)))
        # Never stale by age: a Kith may run for weeks; only a lock whose process is gone is.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def first(self) -> bool:
        """This process holds the lock: no other Kith on this database is running."""
        return self._lock.isLocked()

    def claim(self, *, serve: bool = True) -> bool:
        """True when no other Kith runs on this database (this one now holds the lock;
        with `serve`, it answers later launches at once, else from `serve()` on). False
        when another runs and was asked to show its window."""
        if self._lock.tryLock(0) or self._wait_for_other():
            if serve:
                self.serve()
            return True
        return False

    def serve(self) -> None:
        """Answer later launches from now on (once; a failure only leaves them unanswered)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name) and self.first:
            # Holding the lock, any socket by this name is a crashed Kith's: clear it.
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        if not server.isListening():
            server.deleteLater()
            return  # carry on alone rather than refuse to start
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _wait_for_other(self) -> bool:
        """Another holds the lock: wake it, waiting a moment if it is still starting (its
        socket comes right after its first paint). True: carry on as the first Kith, since
        the other is gone (its lock is taken over) or never answered."""
        waited = QElapsedTimer()
        waited.start()
        while waited.elapsed() < WAIT_MS:
            if self._wake_other():
                return False
            if self._lock.tryLock(0):
                return True
            QThread.msleep(RETRY_MS)
        return True

    def _wake_other(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            socket.deleteLater()
            return False
        socket.write(WAKE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        socket.deleteLater()
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
