"""Files Kith refuses to read, with the reason in words."""

from __future__ import annotations

from pathlib import Path

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, Refusal


class FileRefused(Refusal):
    """The whole file is unusable (not text, not the right format); nothing was written."""


class Remark(Refusal):
    """Not raised: a structured note about a file read (a card left out, a value dropped,
    how a card matched someone), so the GUI can show it in the user's language."""


def unreadable(path: Path, exc: OSError) -> KithError:
    """Why a file chosen to read could not be read: missing, or the system's reason."""
    if isinstance(exc, FileNotFoundError):
        return KithError(
            QT_TRANSLATE_NOOP("Errors", "There is no file %1."), str(path), code="file.missing"
        )
    return KithError(
        QT_TRANSLATE_NOOP("Errors", "Cannot read %1: %2."),
        str(path),
        exc.strerror or str(exc),
        code="file.unreadable",
    )
