"""One Kith per user and database: a second launch brings the first one's window forward.

Which Kith came first is decided by a lock on a file, which the system lets go of when
its process ends, however it ends: a Kith that crashed never blocks the next one, and the
check needs no network module before the window paints. The first Kith then listens on a
local socket (a named pipe on Windows, a Unix socket elsewhere) for later launches asking
it to show itself: inter-process communication on this computer only, never the network.
QtNetwork, which that takes, is imported only to listen (after the first paint) or to wake
the first Kith.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QObject, Signal

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
    """In the user's own runtime folder (memory, not disk, on Linux), else in the temporary
    folder beside the local socket Qt makes for `name`."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(QDir.tempPath())
    return folder / f"{name}.lock"


class _ProcessLock:
    """A lock on a file held as long as this process keeps it open: the system releases it
    when the process ends. The file itself stays (removing it could let two processes lock
    two different files of the same name)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False  # not ours to open (another user's file): no lock
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing lets go of the lock


class SingleInstance(QObject):
    """Call `claim()`: True means this is the first Kith; False means one was woken."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._lock = _ProcessLock(lock_path(name))
        self._server: QLocalServer | None = None

    @property
    def first(self) -> bool:
        """This process holds the lock: no other Kith on this database is running."""
        return self._lock.held

    def claim(self, *, serve: bool = True) -> bool:
        """True when no other Kith runs on this database (this one now holds the lock;
        with `serve`, it answers later launches at once, else from `serve()` on). False
        when another runs and was asked to show its window."""
        if self._lock.acquire() or self._wait_for_other():
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
        self._lock.release()

    def _wait_for_other(self) -> bool:
        """Another holds the lock: wake it, waiting a moment if it is still starting (its
        socket comes right after its first paint). True: carry on as the first Kith, since
        the other has ended (its lock is free) or never answered."""
        deadline = time.monotonic() + WAIT_MS / 1000
        while time.monotonic() < deadline:
            if self._wake_other():
                return False
            if self._lock.acquire():
                return True
            time.sleep(RETRY_MS / 1000)
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
