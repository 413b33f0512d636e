"""The small vocabulary of Kith: circles, modes, statuses, tending states."""

from __future__ import annotations

from enum import StrEnum


class Circle(StrEnum):
    """Closeness rings, innermost first."""

    INNER = "inner"
    CLOSE = "close"
    FRIENDS = "friends"
    WIDER = "wider"

    @property
    def default_rhythm(self) -> int:
        return DEFAULT_RHYTHMS[self]


DEFAULT_RHYTHMS: dict[Circle, int] = {
    Circle.INNER: 7,
    Circle.CLOSE: 14,
    Circle.FRIENDS: 30,
    Circle.WIDER: 90,
}


class Mode(StrEnum):
    """How an interaction happened. Only IN_PERSON resets a rhythm."""

    IN_PERSON = "in-person"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"
    LETTER = "letter"


class MeetupStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class TendingState(StrEnum):
    """Where a person stands on a given day, from most to least pressing."""

    OVERDUE = "overdue"
    DUE = "due"
    NEVER_MET = "never-met"
    SOON = "soon"
    PLANNED = "planned"
    OK = "ok"


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    CUSTOM = "custom"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
