"""The notifier protocol and the chain that tries backends in order until one delivers."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from kith.domain.errors import KithError

log = logging.getLogger(__name__)


class NotifyError(Exception):
    """A backend could not show a notification; the message says why, for the log."""


class NotDelivered(KithError):
    """No backend could show it; the message names each backend and its reason."""


class Notifier(Protocol):
    @property
    def name(self) -> str:
        """A few words for the user: "desktop notification", "tray message"."""
        ...

    def send(self, title: str, body: str) -> None:
        """Show it now; raise (NotifyError preferably) when it cannot be shown."""
        ...


@dataclass
class NotifierChain:
    """Tries each backend in turn; a missing or failing one is logged and skipped."""

    backends: Sequence[Notifier]

    @property
    def name(self) -> str:
        return " or ".join(b.name for b in self.backends) or "no backend"

    def send(self, title: str, body: str) -> None:
        self.deliver(title, body)

    def deliver(self, title: str, body: str) -> str:
        """Send through the first backend that works; return its name."""
        reasons = []
        for backend in self.backends:
            try:
                backend.send(title, body)
            except Exception as exc:  # any backend failure falls through to the next
                log.warning("%s could not show a notification: %s", backend.name, exc)
                reasons.append(f"{backend.name}: {exc}")
                continue
            return backend.name
        if not reasons:
            raise NotDelivered("No way to show notifications is set up.")
        raise NotDelivered("No notification could be shown (" + "; ".join(reasons) + ").")
