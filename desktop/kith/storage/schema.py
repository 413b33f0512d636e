"""The database tables as typed SQLAlchemy models.

Changing a table means adding an Alembic migration in `migrations/versions/` and
bumping `revision.SCHEMA_REVISION`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kith.storage.sync_journal import journal_triggers


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands back aware UTC: SQLite has no time-zone type."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:  # noqa: ARG002 (SQLAlchemy's signature)
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC moment is stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:  # noqa: ARG002 (SQLAlchemy's signature)
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


def new_sync_id() -> str:
    return str(uuid.uuid4())


def sync_id_column() -> Mapped[str | None]:
    """The record's global id, the same in every database it is synced to. Given on
    every insert (ORM or Core), so no write path has to think of it."""
    return mapped_column(String(36), default=new_sync_id, unique=True, index=True)


person_interest = Table(
    "person_interest",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("interest_id", ForeignKey("interest.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_person_interest_interest", "interest_id"),
)

me_interest = Table(
    "me_interest",
    Base.metadata,
    Column("interest_id", ForeignKey("interest.id", ondelete="CASCADE"), primary_key=True),
)

interaction_person = Table(
    "interaction_person",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_person_person", "person_id", "interaction_id"),
)

meetup_person = Table(
    "meetup_person",
    Base.metadata,
    Column("meetup_id", ForeignKey("meetup.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_meetup_person_person", "person_id"),
)


class CircleRow(Base):
    __tablename__ = "circle"
    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    rhythm_days: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    __table_args__ = (CheckConstraint("rhythm_days BETWEEN 1 AND 730", name="ck_circle_rhythm"),)


class Interest(Base):
    __tablename__ = "interest"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    nickname: Mapped[str | None] = mapped_column(String(200))
    circle: Mapped[str] = mapped_column(ForeignKey("circle.key"))
    rhythm_days: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    lean_on: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    card_uid: Mapped[str | None] = mapped_column(String(255), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Kept in step with the interactions in the same transaction, so the due list
    # never has to scan every interaction.
    last_in_person_on: Mapped[date | None] = mapped_column(Date)
    last_talked_on: Mapped[date | None] = mapped_column(Date)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    # Empty, never NULL, for "no organisation", like notes.
    organisation: Mapped[str] = mapped_column(Text, default="", server_default="")
    sync_id: Mapped[str | None] = sync_id_column()

    interests: Mapped[list[Interest]] = relationship(
        secondary=person_interest, order_by=Interest.name
    )
    contacts: Mapped[list[ContactMethod]] = relationship(
        cascade="all, delete-orphan", order_by="ContactMethod.id"
    )
    dates: Mapped[list[ImportantDate]] = relationship(
        cascade="all, delete-orphan", order_by="ImportantDate.id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUp.id"
    )

    __table_args__ = (
        CheckConstraint("rhythm_days IS NULL OR rhythm_days BETWEEN 1 AND 730", name="ck_rhythm"),
        CheckConstraint("length(trim(name)) > 0", name="ck_person_name"),
        Index("ix_person_tending", "archived", "last_in_person_on"),
        Index("ix_person_name", "name"),
    )


class ContactMethod(Base):
    __tablename__ = "contact_method"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(60), default="")
    sync_id: Mapped[str | None] = sync_id_column()


class KnownCard(Base):
    """Another vCard UID that means this person: a card merged into them, or the card of
    someone merged with them. Their own UID stays `Person.card_uid`."""

    __tablename__ = "known_card"
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


class Tie(Base):
    """One fact about two people, stored once with the lower id first (`domain.ties`)."""

    __tablename__ = "tie"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    __table_args__ = (
        UniqueConstraint("person_id", "other_id", name="uq_tie_pair"),
        CheckConstraint("person_id < other_id", name="ck_tie_order"),
    )


group_member = Table(
    "group_member",
    Base.metadata,
    Column("group_id", ForeignKey("person_group.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_group_member_person", "person_id"),
)


class Group(Base):
    """A named set of people: the family, the climbing crew, the book club."""

    __tablename__ = "person_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    """Unique here by the service (in any case); two devices may each bring one."""
    sync_id: Mapped[str | None] = sync_id_column()
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="ck_group_name"),)


class ImportantDate(Base):
    __tablename__ = "important_date"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200), default="")
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    sync_id: Mapped[str | None] = sync_id_column()
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12 AND day BETWEEN 1 AND 31", name="ck_date_parts"),
        Index("ix_important_date_month_day", "month", "day"),
    )


class FollowUp(Base):
    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sync_id: Mapped[str | None] = sync_id_column()


class Interaction(Base):
    __tablename__ = "interaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(16))
    place: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    meetup_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetup.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sync_id: Mapped[str | None] = sync_id_column()

    people: Mapped[list[Person]] = relationship(secondary=interaction_person, order_by=Person.name)

    __table_args__ = (Index("ix_interaction_when", "occurred_on", "mode"),)


class Meetup(Base):
    __tablename__ = "meetup"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), index=True)
    # Exactly one of starts_at (a timed meetup) or on_day (all day) is set once planned;
    # an idea may have neither.
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    on_day: Mapped[date | None] = mapped_column(Date, index=True)
    tzid: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    alarm_minutes: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sync_id: Mapped[str | None] = sync_id_column()

    people: Mapped[list[Person]] = relationship(secondary=meetup_person, order_by=Person.name)

    __table_args__ = (
        CheckConstraint("NOT (starts_at IS NOT NULL AND on_day IS NOT NULL)", name="ck_one_time"),
    )


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReminderDelivery(Base):
    """A reminder delivered (or folded into a catch-up), keyed so it never comes twice."""

    __tablename__ = "reminder_delivery"
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    title: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_reminder_delivery_at", "delivered_at"),)


class SyncRecord(Base):
    """Every change to a shared record's fields that sync has published or applied,
    packed into one JSON text (`services.sync_shadow`): per field, the one winning now,
    others still standing beside it after a concurrent change (the conflicts), and the
    ids of those replaced by a later change."""

    __tablename__ = "sync_record"
    record: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    own: Mapped[str] = mapped_column(String(24), default="", server_default="")
    """The newest time of this device's own changes in it ("" for none)."""
    lost: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """1 when a value that lost to a concurrent change still stands (a conflict)."""
    fields: Mapped[str] = mapped_column(Text)
    # Partial: most records are no conflict, and on a device that joined, not its own.
    __table_args__ = (
        Index("ix_sync_record_own", "own", sqlite_where=text("own != ''")),
        Index("ix_sync_record_lost", "lost", sqlite_where=text("lost = 1")),
    )


class SyncJournal(Base):
    """A shared record written since the last sync round (by its sync id, or "#table:id"),
    noted by triggers on the shared tables; "*" asks the next round to compare all."""

    __tablename__ = "sync_journal"
    entry: Mapped[str] = mapped_column(String(120), primary_key=True)


class SyncDevice(Base):
    """Another device heard from through the sync folder."""

    __tablename__ = "sync_device"
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="", server_default="")
    last_hlc: Mapped[str] = mapped_column(String(24), default="", server_default="")
    heard_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seen: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON: the newest change of each device that this one had applied."""


class SyncFile(Base):
    """A log file already read, and how much of it: a file that grew is read again."""

    __tablename__ = "sync_file"
    path: Mapped[str] = mapped_column(Text, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)


# The journal's triggers, for databases made from the models (tests, the reference check).
for _sql in journal_triggers().values():
    event.listen(Base.metadata, "after_create", DDL(_sql))  # type: ignore[no-untyped-call]
