"""The records sync shares, and which of their columns: one entry per table.

A table joins sync with one `Shared` entry here (and a `sync_id` column). `fields` are
what the user edits: the latest change wins and an overwritten concurrent value is kept
as a conflict. `quiet` columns also follow the latest change but are never shown as a
conflict (stamps, snoozes). `refs` name another shared record, written as its sync id.
`members` are the rows of a link table, one yes/no field per linked record. A `pair`
table holds one fact about two records (a tie): its global id is made from theirs.
Entries come in the order rows are made: a row after those it refers to.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import Table

from kith.domain.ties import TieKind
from kith.storage.schema import (
    ContactMethod,
    FollowUp,
    Group,
    ImportantDate,
    Interaction,
    KnownCard,
    Meetup,
    Person,
    Tie,
    group_member,
    interaction_person,
    meetup_person,
    person_interest,
)


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


INTEREST = "interest"
"""Interests are shared by name (two devices typing "climbing" mean one interest)."""
CARD = "card"
"""Other vCard UIDs a person is known by: the UID itself is the member."""


@dataclass(frozen=True, slots=True)
class Members:
    name: str
    table: Table
    own: str
    other: str
    other_kind: str
    """A shared kind, INTEREST or CARD."""


@dataclass(frozen=True, slots=True)
class Pair:
    """A record that is one fact about two others, at most one per pair (a tie between two
    people). Its global id is made from the two ends' global ids, and it is shared read from
    the end whose global id is lower: local row ids differ between databases, so neither
    the id nor the direction may depend on them. `turned` is the column whose value is
    read from one end (parent of / child of), `turn` reads it from the other."""

    low: str
    high: str
    turned: str
    turn: Callable[[object], object]
    namespace: uuid.UUID

    def record(self, values: Mapping[str, object]) -> str:
        return str(uuid.uuid5(self.namespace, f"{values[self.low]} {values[self.high]}"))

    def in_order(self, values: MutableMapping[str, object]) -> None:
        """Put the lower end first (global ids when shared, row ids when stored)."""
        low, high = values[self.low], values[self.high]
        if low is not None and high is not None and high < low:  # type: ignore[operator]
            values[self.low], values[self.high] = high, low
            values[self.turned] = self.turn(values[self.turned])


def _tie_turned(kind: object) -> object:
    try:
        return TieKind(str(kind)).reversed.value
    except ValueError:  # a kind this Kith does not know: shown as it came
        return kind


@dataclass(frozen=True, slots=True)
class Shared:
    kind: str
    table: Table
    fields: tuple[str, ...]
    quiet: tuple[str, ...] = ()
    refs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    members: tuple[Members, ...] = ()
    pair: Pair | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.fields, *self.quiet, *self.refs)


SHARED: tuple[Shared, ...] = (
    Shared(
        "person",
        _table(Person),
        fields=(
            "name",
            "nickname",
            "organisation",
            "circle",
            "rhythm_days",
            "notes",
            "lean_on",
            "archived",
            "card_uid",
        ),
        quiet=("created_at", "updated_at", "snoozed_until"),
        members=(
            Members("interests", person_interest, "person_id", "interest_id", INTEREST),
            Members("known_cards", _table(KnownCard), "person_id", "uid", CARD),
        ),
    ),
    Shared(
        "contact_method",
        _table(ContactMethod),
        fields=("kind", "value", "label"),
        refs=MappingProxyType({"person_id": "person"}),
    ),
    Shared(
        "important_date",
        _table(ImportantDate),
        fields=("kind", "label", "month", "day", "year"),
        refs=MappingProxyType({"person_id": "person"}),
    ),
    Shared(
        "follow_up",
        _table(FollowUp),
        fields=("text", "done_at"),
        quiet=("created_at",),
        refs=MappingProxyType({"person_id": "person"}),
    ),
    Shared(
        "meetup",
        _table(Meetup),
        fields=(
            "title",
            "status",
            "starts_at",
            "on_day",
            "tzid",
            "duration_minutes",
            "place",
            "notes",
            "alarm_minutes",
        ),
        quiet=("uid", "sequence", "created_at", "updated_at"),
        members=(Members("people", meetup_person, "meetup_id", "person_id", "person"),),
    ),
    Shared(
        "interaction",
        _table(Interaction),
        fields=("occurred_on", "mode", "place", "note"),
        quiet=("created_at",),
        refs=MappingProxyType({"meetup_id": "meetup"}),
        members=(Members("people", interaction_person, "interaction_id", "person_id", "person"),),
    ),
    Shared(
        "tie",
        _table(Tie),
        fields=("kind", "note"),
        refs=MappingProxyType({"person_id": "person", "other_id": "person"}),
        pair=Pair(
            "person_id",
            "other_id",
            "kind",
            _tie_turned,
            uuid.UUID("6b1f3c1e-5a0d-4c55-9a43-0f1e2d3c4b5a"),
        ),
    ),
    Shared(
        "group",
        _table(Group),
        fields=("name",),
        members=(Members("people", group_member, "group_id", "person_id", "person"),),
    ),
)
BY_KIND: Mapping[str, Shared] = MappingProxyType({s.kind: s for s in SHARED})

ALIVE = "_alive"
"""The field that says a record exists: false once deleted (a later true brings it back)."""
CIRCLE = "circle"
"""A circle's rhythm, record "circle:<key>"; circles are fixed, never made or deleted."""
ME = "me"
"""The Me profile, record "me": its interests as members."""
ME_RECORD = "me"


def quiet_field(kind: str, name: str) -> bool:
    """A field whose overwritten value is never shown as a conflict."""
    if name == ALIVE or "/" in name:
        return True
    shared = BY_KIND.get(kind)
    return shared is not None and name not in shared.fields
