"""Read-only values the services hand out; no session or ORM object ever leaves them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kith.domain.meetup_status import MeetupAllows, allows
from kith.domain.tending import Tending
from kith.domain.values import Circle, ContactKind, DateKind, MeetupStatus, Mode


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class PersonName:
    """Who someone is and nothing more: enough to find them by name in a long list."""

    id: int
    name: str
    nickname: str | None = None


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One row of the people list or the due list."""

    id: int
    name: str
    nickname: str | None
    circle: Circle
    rhythm_days: int
    rhythm_is_custom: bool
    interests: tuple[str, ...]
    shared_interests: tuple[str, ...]
    last_in_person: date | None
    last_talked: date | None
    next_planned: date | None
    tending: Tending
    snoozed_until: date | None
    lean_on: bool
    archived: bool

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "nickname": self.nickname,
            "circle": self.circle.value,
            "rhythm_days": self.rhythm_days,
            "state": self.tending.state.value,
            "days_overdue": self.tending.days_overdue,
            "days_until_due": self.tending.days_until_due,
            "due_on": _iso(self.tending.due_on),
            "last_in_person": _iso(self.last_in_person),
            "last_talked": _iso(self.last_talked),
            "next_planned": _iso(self.next_planned),
            "interests": list(self.interests),
            "shared_interests": list(self.shared_interests),
            "snoozed_until": _iso(self.snoozed_until),
            "lean_on": self.lean_on,
            "archived": self.archived,
        }


@dataclass(frozen=True, slots=True)
class ContactView:
    kind: ContactKind
    value: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class ImportantDateView:
    id: int
    person: PersonRef
    kind: DateKind
    label: str
    month: int
    day: int
    year: int | None
    next_on: date
    days_away: int
    turning: int | None


@dataclass(frozen=True, slots=True)
class FollowUpView:
    id: int
    person: PersonRef
    text: str
    created_at: datetime
    done_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True, slots=True)
class InteractionView:
    id: int
    on: date
    mode: Mode
    people: tuple[PersonRef, ...]
    place: str
    note: str
    meetup_id: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "on": self.on.isoformat(),
            "mode": self.mode.value,
            "people": [p.name for p in self.people],
            "place": self.place,
            "note": self.note,
            "meetup_id": self.meetup_id,
        }


@dataclass(frozen=True, slots=True)
class MeetupView:
    id: int
    uid: str
    sequence: int
    title: str
    status: MeetupStatus
    starts_at: datetime | None
    """Aware, in the meetup's own zone; None for all-day meetups and undated ideas."""
    on_day: date | None
    """Set for all-day meetups only."""
    duration_minutes: int | None
    tzid: str
    place: str
    notes: str
    alarm_minutes: int | None
    people: tuple[PersonRef, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def all_day(self) -> bool:
        return self.on_day is not None

    @property
    def is_dated(self) -> bool:
        return self.starts_at is not None or self.on_day is not None

    @property
    def allows(self) -> MeetupAllows:
        """What its status allows now (see `kith.domain.meetup_status`)."""
        return allows(self.status, has_people=bool(self.people), is_dated=self.is_dated)

    @property
    def local_day(self) -> date | None:
        """The day it happens, in its own zone."""
        if self.on_day is not None:
            return self.on_day
        return None if self.starts_at is None else self.starts_at.date()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "sequence": self.sequence,
            "title": self.title,
            "status": self.status.value,
            "starts_at": None if self.starts_at is None else self.starts_at.isoformat(),
            "on_day": _iso(self.on_day),
            "all_day": self.all_day,
            "duration_minutes": self.duration_minutes,
            "tzid": self.tzid,
            "place": self.place,
            "notes": self.notes,
            "alarm_minutes": self.alarm_minutes,
            "people": [p.name for p in self.people],
        }


@dataclass(frozen=True, slots=True)
class PersonDetail:
    summary: PersonSummary
    notes: str
    contacts: tuple[ContactView, ...]
    dates: tuple[ImportantDateView, ...]
    follow_ups: tuple[FollowUpView, ...]
    interactions: tuple[InteractionView, ...]
    upcoming_meetups: tuple[MeetupView, ...]
    interaction_count: int
    created_at: datetime
    organisation: str = ""

    def to_json(self) -> dict[str, object]:
        data = self.summary.to_json()
        data.update(
            organisation=self.organisation,
            notes=self.notes,
            contacts=[
                {"kind": c.kind.value, "value": c.value, "label": c.label} for c in self.contacts
            ],
            dates=[
                {
                    "kind": d.kind.value,
                    "label": d.label,
                    "month": d.month,
                    "day": d.day,
                    "year": d.year,
                    "next_on": d.next_on.isoformat(),
                }
                for d in self.dates
            ],
            follow_ups=[{"id": f.id, "text": f.text, "open": f.is_open} for f in self.follow_ups],
            interactions=[i.to_json() for i in self.interactions],
            upcoming_meetups=[m.to_json() for m in self.upcoming_meetups],
            interaction_count=self.interaction_count,
        )
        return data


@dataclass(frozen=True, slots=True)
class PersonInput:
    """What a dialog or the CLI hands in to create or edit a person."""

    name: str
    nickname: str | None = None
    circle: Circle = Circle.FRIENDS
    rhythm_days: int | None = None
    interests: tuple[str, ...] = ()
    notes: str = ""
    lean_on: bool = False
    contacts: tuple[ContactView, ...] = ()
    birthday: tuple[int | None, int, int] | None = None
    """(year or None, month, day)."""
    card_uid: str | None = None
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class MeetupInput:
    title: str
    person_ids: tuple[int, ...] = ()
    starts_at: datetime | None = None
    """Local wall-clock time; naive values are read in `tzid` (default: the user's zone)."""
    on_day: date | None = None
    duration_minutes: int | None = 120
    tzid: str | None = None
    place: str = ""
    notes: str = ""
    alarm_minutes: int | None = 60
    status: MeetupStatus | None = None
    """None: planned when dated, an idea otherwise."""


@dataclass(frozen=True, slots=True)
class HealthReport:
    problems: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.problems


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
