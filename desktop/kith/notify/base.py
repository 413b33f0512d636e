"""The notifier protocol and the chain that tries backends in order until one delivers."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, Refusal, Term

log = logging.getLogger(__name__)


class NotifyError(Refusal):
    """A backend could not show a notification; the message says why."""


class NotDelivered(Refusal):
    """No backend could show it; the message names each backend and its reason."""


@dataclass(frozen=True, slots=True)
class Action:
    key: str
    """What the app does when it is chosen: "saw:12", "open-today"…"""
    label: str


@dataclass(frozen=True, slots=True)
class Notice:
    """A notification with what can be done from it; backends without actions show the text."""

    title: str
    body: str
    actions: tuple[Action, ...] = ()
    default: str = ""
    """The action of clicking the notification itself."""
    urgent: bool = True
    """False for the calm digest (low urgency), True for alarms and dates (normal)."""
    replaces: str = ""
    """A notice of the same tag ("digest") takes the place of the one shown before."""


class Notifier(Protocol):
    @property
    def name(self) -> str:
        """A few words for the user, marked for translation ("Errors"): "tray message"."""
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
        return " or ".join(b.name for b in self.backends) or "no backend"  # for the log

    def send(self, title: str, body: str) -> None:
        self.deliver(title, body)

    def deliver(self, title: str, body: str) -> str:
        """Send through the first backend that works; return its name."""
        return self.deliver_notice(Notice(title, body))

    def deliver_notice(self, notice: Notice) -> str:
        """Like `deliver`; a backend that offers actions (`show`) gets the whole notice."""
        reasons: list[KithError] = []
        for backend in self.backends:
            try:
                show = getattr(backend, "show", None)
                if callable(show):
                    show(notice)
                else:
                    backend.send(notice.title, notice.body)
            except Exception as exc:  # any backend failure falls through to the next
                log.warning("%s could not show a notification: %s", backend.name, exc)
                reasons.append(_reason(Term(backend.name), exc))
                continue
            return backend.name
        if not reasons:
            raise NotDelivered(
                QT_TRANSLATE_NOOP("Errors", "No way to show notifications is set up."),
                code="notify.no_backend",
            )
        every = reasons[0]
        for reason in reasons[1:]:  # "a: why; b: why", each part translated on its own
            every = KithError(
                QT_TRANSLATE_NOOP("Errors", "%1; %2"), every, reason, code="notify.reasons"
            )
        raise NotDelivered(
            QT_TRANSLATE_NOOP("Errors", "No notification could be shown (%1)."),
            every,
            code="notify.not_delivered",
        )


def _reason(backend: Term, exc: Exception) -> KithError:
    """Why one backend failed, after its name."""
    if isinstance(exc, KithError):
        return KithError(QT_TRANSLATE_NOOP("Errors", "%1: %2"), backend, exc, code="notify.failed")
    # Something the backend's library raised: its words are in the log (deliver logs them).
    return KithError(
        QT_TRANSLATE_NOOP("Errors", "%1: it failed unexpectedly"), backend, code="notify.failed"
    )
