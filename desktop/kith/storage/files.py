"""Writing files so that a crash never leaves half of one, readable by the owner only."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.storage.errors import FileNotWritten, StorageError

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
# Errors that mean the file being written could not be, whoever's code made the call.
WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS})


def ensure_private_dir(path: Path) -> None:
    """Create `path` and any missing parents, each readable by the owner only.

    (mkdir(parents=True) gives the parents it creates the umask's mode, 0777 under umask 0.)
    Folders that exist already keep their permissions: they are the user's choice.
    """
    for folder in (*reversed(path.parents), path):
        if not folder.is_dir():
            folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield the path of a new, empty, private file in `target`'s folder to fill.

    When the block ends well, the file is flushed to disk, renamed over `target` and the
    folder itself flushed, so after a crash `target` is either the old file or the whole
    new one. On failure no partial or temporary file is left, and a full disk (or any
    failure of Kith's own steps) is raised as FileNotWritten naming `target`.
    """
    tmp: Path | None = None
    callers_own_error = False
    try:
        ensure_private_dir(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.chmod(PRIVATE_FILE_MODE)
        try:
            yield tmp
        except OSError as exc:
            # The caller's block may fail for its own reasons (a file it reads);
            # only a failed write to our file is ours to explain.
            callers_own_error = exc.errno not in WRITE_FAILURES
            raise
        _fsync_file(tmp)
        tmp.replace(target)
        tmp = None
        _fsync_folder(target.parent)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, StorageError) and not callers_own_error:
            raise FileNotWritten(*not_written(target, exc), path=target) from exc
        raise


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Windows cannot open a folder; its NTFS journals it."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (network shares, FUSE) refuse fsync on a folder; the file
        # itself is already safely written and in place.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file in `target`'s folder; it replaces `target` only on success.

    Written as atomic_path writes: whole or not at all, readable by the owner only.
    """
    with atomic_path(target) as tmp, tmp.open("wb") as f:
        yield f


def not_written(target: Path, exc: OSError) -> tuple[str, ...]:
    """The template and values of FileNotWritten for `exc`."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            QT_TRANSLATE_NOOP("Errors", "There is no space left to write %1; nothing was written."),
            str(target),
        )
    return (
        QT_TRANSLATE_NOOP("Errors", "Could not write %1: %2; nothing was written."),
        str(target),
        exc.strerror or str(exc),
    )


@contextlib.contextmanager
def atomic_text_output(target: Path) -> Iterator[TextIO]:
    """Like atomic_output, for UTF-8 text written as given (no newline translation)."""
    with atomic_output(target) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            yield text
        finally:
            text.flush()
            text.detach()


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_output(target) as f:
        f.write(data)
