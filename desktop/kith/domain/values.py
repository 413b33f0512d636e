"""The small vocabulary of Kith: circles, modes, statuses, tending states."""

from __future__ import annotations

from enum import StrEnum


class Circle(StrEnum):
    """Closeness rings, innermost first, then the people not sorted into one yet."""

    INNER = "inner"
    CLOSE = "close"
    FRIENDS = "friends"
    WIDER = "wider"
    UNSORTED = "unsorted"
    """Imported, or added without a circle: no rhythm, never due, outside the rings."""

    @property
    def is_sorted(self) -> bool:
        return self != Circle.UNSORTED

    @property
    def default_rhythm(self) -> int:
        """The rhythm a circle starts with; the unsorted one's is never read."""
        return DEFAULT_RHYTHMS.get(self, UNSORTED_RHYTHM)


DEFAULT_RHYTHMS: dict[Circle, int] = {
    Circle.INNER: 7,
    Circle.CLOSE: 14,
    Circle.FRIENDS: 30,
    Circle.WIDER: 90,
}
RINGS: tuple[Circle, ...] = tuple(DEFAULT_RHYTHMS)
"""The circles with a rhythm, innermost first: the map's rings, the rhythm settings."""
UNSORTED_RHYTHM = 730
"""What the unsorted circle's row holds because the column needs a value; never read."""


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
    UNSORTED = "unsorted"
    """Not sorted into a circle yet: nothing is expected of them."""


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    CUSTOM = "custom"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
