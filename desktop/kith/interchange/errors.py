"""Files Kith refuses to read, with the reason in words."""

from __future__ import annotations

from kith.domain.errors import KithError


class FileRefused(KithError):
    """The whole file is unusable (not text, not the right format); nothing was written."""
