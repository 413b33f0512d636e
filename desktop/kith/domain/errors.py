"""Errors a user can cause and fix; each names what is wrong."""

from __future__ import annotations

from collections.abc import Sequence


class KithError(Exception):
    """Base for every error shown to a user as one clear line."""


class ValidationError(KithError):
    """Input refused before anything is written. `field` lets a dialog point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFound(KithError):
    pass


class Ambiguous(KithError):
    """A name matched several people; `candidates` lets the caller offer a choice."""

    def __init__(self, message: str, candidates: Sequence[str]) -> None:
        super().__init__(message)
        self.candidates = list(candidates)
