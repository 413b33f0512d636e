"""Writing files so that a crash never leaves half of one, readable by the owner only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)


@contextlib.contextmanager
def atomic_output(target: Path, *, binary: bool = False) -> Iterator[IO[str] | IO[bytes]]:
    """Yield a file in `target`'s folder; rename it over `target` only on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, PRIVATE_FILE_MODE)
        mode = "wb" if binary else "w"
        with os.fdopen(fd, mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text_atomic(target: Path, text: str) -> None:
    with atomic_output(target) as f:
        f.write(text)  # type: ignore[arg-type]


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_output(target, binary=True) as f:
        f.write(data)  # type: ignore[arg-type]
