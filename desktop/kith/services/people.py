"""Adding, editing, archiving and reading people."""

from __future__ import annotations

import builtins
import calendar
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from kith.domain import validation as v
from kith.domain.dates import upcoming
from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.name_search import name_key
from kith.domain.values import Circle, ContactKind, DateKind, Mode
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.lookup import find_person
from kith.services.meetups import meetup_view
from kith.services.summaries import load_summaries
from kith.services.views import (
    ContactView,
    FollowUpView,
    ImportantDateView,
    InteractionView,
    PersonDetail,
    PersonInput,
    PersonName,
    PersonRef,
    PersonSummary,
)
from kith.storage.schema import (
    ContactMethod,
    FollowUp,
    ImportantDate,
    Interaction,
    Interest,
    Meetup,
    Person,
    interaction_person,
    meetup_person,
)

TIMELINE_LIMIT = 200


# Ids are labels, not quantities: they are passed as text, without thousands separators.
_NO_PERSON = QT_TRANSLATE_NOOP("Errors", "There is no person #%1.")
_CONTACT_TOO_LONG = {
    ContactKind.PHONE: QT_TRANSLATE_NOOP("Errors", "The phone is too long."),
    ContactKind.EMAIL: QT_TRANSLATE_NOOP("Errors", "The email is too long."),
    ContactKind.ADDRESS: QT_TRANSLATE_NOOP("Errors", "The address is too long."),
}


def interest_rows(session: Session, tags: Iterable[str]) -> list[Interest]:
    """The Interest rows for these (already cleaned) tags, creating missing ones."""
    wanted = list(dict.fromkeys(tags))
    if not wanted:
        return []
    existing = {
        i.name: i for i in session.scalars(select(Interest).where(Interest.name.in_(wanted)))
    }
    rows = []
    for tag in wanted:
        row = existing.get(tag)
        if row is None:
            row = Interest(name=tag)
            session.add(row)
        rows.append(row)
    return rows


def _clean_contacts(contacts: Sequence[ContactView]) -> list[ContactMethod]:
    cleaned = []
    for contact in contacts:
        value = (
            " ".join(contact.value.split())
            if contact.kind != ContactKind.ADDRESS
            else (v.clean_note(contact.value, "address"))
        )
        if not value:
            continue
        if len(value) > 2000:
            raise ValidationError(
                "contact", _CONTACT_TOO_LONG[contact.kind], code="contact.too_long"
            )
        if contact.kind == ContactKind.EMAIL and "@" not in value:
            raise ValidationError(
                "email",
                QT_TRANSLATE_NOOP("Errors", "“%1” does not look like an e-mail address."),
                value,
                code="contact.email.malformed",
            )
        cleaned.append(
            ContactMethod(kind=contact.kind.value, value=value, label=contact.label.strip()[:60])
        )
    return cleaned


class PeopleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- reading -------------------------------------------------------------------

    def find(self, query: str, *, include_archived: bool = False) -> PersonRef:
        with self._ctx.db.reading() as s:
            return find_person(s, query, include_archived=include_archived)

    def list(self, *, include_archived: bool = False) -> builtins.list[PersonSummary]:
        """Everyone, alphabetically."""
        with self._ctx.db.reading() as s:
            people = load_summaries(
                s,
                today=self._ctx.today(),
                now=self._ctx.now(),
                zone=self._ctx.clock.zone(),
                include_archived=include_archived,
            )
        return sorted(people, key=lambda p: name_key(p.name))

    def names(self) -> builtins.list[PersonName]:
        """Everyone not archived, by id, name and nickname only: quick to read for 5,000,
        where `list` works out each person's tending state too."""
        with self._ctx.db.reading() as s:
            rows = s.execute(
                select(Person.id, Person.name, Person.nickname).where(Person.archived.is_(False))
            ).all()
        return [PersonName(id=row.id, name=row.name, nickname=row.nickname) for row in rows]

    def archived(self) -> builtins.list[PersonSummary]:
        return [p for p in self.list(include_archived=True) if p.archived]

    def summaries(self, ids: Sequence[int]) -> builtins.list[PersonSummary]:
        with self._ctx.db.reading() as s:
            return load_summaries(
                s,
                today=self._ctx.today(),
                now=self._ctx.now(),
                zone=self._ctx.clock.zone(),
                ids=ids,
                include_archived=True,
            )

    def summary(self, person_id: int) -> PersonSummary:
        found: builtins.list[PersonSummary] = self.summaries([person_id])
        if not found:
            raise NotFound(_NO_PERSON, str(person_id), code="person.not_found")
        return found[0]

    def count(self) -> int:
        with self._ctx.db.reading() as s:
            return int(s.scalar(select(func.count(Person.id))) or 0)

    def unsorted_ids(self) -> builtins.list[int]:
        """Everyone not sorted into a circle yet and not archived, alphabetically: the
        sorting view's queue, so stopping and coming back resumes where it was left."""
        with self._ctx.db.reading() as s:
            rows = s.execute(
                select(Person.id, Person.name).where(
                    Person.circle == Circle.UNSORTED.value, Person.archived.is_(False)
                )
            ).all()
        return [row.id for row in sorted(rows, key=lambda r: (r.name.casefold(), r.id))]

    def unsorted_count(self) -> int:
        with self._ctx.db.reading() as s:
            found = s.scalar(
                select(func.count(Person.id)).where(
                    Person.circle == Circle.UNSORTED.value, Person.archived.is_(False)
                )
            )
        return int(found or 0)

    def detail(self, person_id: int, *, timeline_limit: int = TIMELINE_LIMIT) -> PersonDetail:
        today = self._ctx.today()
        with self._ctx.db.reading() as s:
            row = s.get(Person, person_id)
            if row is None:
                raise NotFound(_NO_PERSON, str(person_id), code="person.not_found")
            summary = load_summaries(
                s,
                today=today,
                now=self._ctx.now(),
                zone=self._ctx.clock.zone(),
                ids=[person_id],
                include_archived=True,
            )[0]
            ref = PersonRef(row.id, row.name)
            interaction_ids = select(interaction_person.c.interaction_id).where(
                interaction_person.c.person_id == person_id
            )
            count = s.scalar(select(func.count()).select_from(interaction_ids.subquery())) or 0
            interactions = s.scalars(
                select(Interaction)
                .where(Interaction.id.in_(interaction_ids))
                .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
                .limit(timeline_limit)
            ).all()
            meetups = s.scalars(
                select(Meetup)
                .join(meetup_person, meetup_person.c.meetup_id == Meetup.id)
                .where(
                    meetup_person.c.person_id == person_id, Meetup.status.in_(("idea", "planned"))
                )
            ).all()
            upcoming_meetups = sorted(
                (meetup_view(m) for m in meetups),
                key=lambda m: (not m.is_dated, m.local_day or date.max, m.id),
            )
            return PersonDetail(
                summary=summary,
                notes=row.notes,
                contacts=tuple(
                    ContactView(ContactKind(c.kind), c.value, c.label) for c in row.contacts
                ),
                dates=tuple(
                    sorted((date_view(d, ref, today) for d in row.dates), key=lambda d: d.days_away)
                ),
                follow_ups=tuple(
                    follow_up_view(f, ref)
                    for f in sorted(
                        row.follow_ups, key=lambda f: (f.done_at is not None, f.created_at)
                    )
                ),
                interactions=tuple(interaction_view(i) for i in interactions),
                upcoming_meetups=tuple(upcoming_meetups),
                interaction_count=int(count),
                created_at=row.created_at,
                organisation=row.organisation,
            )

    # --- writing -------------------------------------------------------------------

    def add(self, data: PersonInput) -> PersonSummary:
        with self._ctx.db.writing() as s:
            now = self._ctx.now()
            person = Person(created_at=now, updated_at=now, notes="", lean_on=False, archived=False)
            self._apply(s, person, data)
            s.add(person)
            s.flush()
            person_id = person.id
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))
        return self.summary(person_id)

    def update(self, person_id: int, data: PersonInput) -> PersonSummary:
        with self._ctx.db.writing() as s:
            person = self._get(s, person_id)
            self._apply(s, person, data)
            person.updated_at = self._ctx.now()
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))
        return self.summary(person_id)

    def _apply(self, s: Session, person: Person, data: PersonInput) -> None:
        """Validate everything first, so a refused field leaves the person untouched."""
        name = v.clean_name(data.name)
        nickname = v.clean_optional_name(data.nickname, "nickname")
        rhythm = v.check_rhythm(data.rhythm_days)
        tags = v.clean_tags(data.interests)
        notes = v.clean_note(data.notes, "notes")
        organisation = v.clean_organisation(data.organisation)
        contacts = _clean_contacts(data.contacts)
        birthday = None
        if data.birthday is not None:
            year, month, day = data.birthday
            v.check_month_day(month, day, year, "birthday")
            birthday = (year, month, day)
        person.name = name
        person.nickname = nickname
        person.circle = data.circle.value
        person.rhythm_days = rhythm
        person.notes = notes
        person.organisation = organisation
        person.lean_on = data.lean_on
        if data.card_uid is not None:
            person.card_uid = data.card_uid
        person.interests = interest_rows(s, tags)
        person.contacts = contacts
        others = [d for d in person.dates if d.kind != DateKind.BIRTHDAY.value]
        if birthday is not None:
            year, month, day = birthday
            others.insert(
                0,
                ImportantDate(
                    kind=DateKind.BIRTHDAY.value, label="", month=month, day=day, year=year
                ),
            )
        person.dates = others

    def set_interests(self, person_id: int, tags: Sequence[str]) -> None:
        cleaned = v.clean_tags(tags)
        with self._ctx.db.writing() as s:
            person = self._get(s, person_id)
            person.interests = interest_rows(s, cleaned)
            person.updated_at = self._ctx.now()
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))

    def set_archived(self, person_id: int, archived: bool) -> None:
        self._set_archived([person_id], archived)

    def archive(self, person_id: int) -> None:
        self.set_archived(person_id, True)

    def restore(self, person_id: int) -> None:
        self.set_archived(person_id, False)

    def archive_people(self, person_ids: Sequence[int]) -> None:
        """Archive everyone listed, in one transaction: all of them or, on a refusal, none."""
        self._set_archived(person_ids, True)

    def restore_people(self, person_ids: Sequence[int]) -> None:
        self._set_archived(person_ids, False)

    def _set_archived(self, person_ids: Sequence[int], archived: bool) -> None:
        ids = _unique(person_ids)
        with self._ctx.db.writing() as s:
            now = self._ctx.now()
            for person_id in ids:
                person = self._get(s, person_id)
                person.archived = archived
                person.updated_at = now
        self._ctx.changes.emit(change(Kind.PEOPLE, people=ids))

    def move_to_circle(self, person_ids: Sequence[int], circle: Circle) -> None:
        """Move everyone listed into `circle`, in one transaction."""
        ids = _unique(person_ids)
        with self._ctx.db.writing() as s:
            now = self._ctx.now()
            for person_id in ids:
                person = self._get(s, person_id)
                person.circle = circle.value
                person.updated_at = now
        self._ctx.changes.emit(change(Kind.PEOPLE, people=ids))

    def set_circles(self, circles: Mapping[int, Circle]) -> None:
        """Give each person listed their own circle, in one transaction (how a bulk move
        is undone: everyone goes back where they were)."""
        with self._ctx.db.writing() as s:
            now = self._ctx.now()
            for person_id, circle in circles.items():
                person = self._get(s, person_id)
                person.circle = circle.value
                person.updated_at = now
        self._ctx.changes.emit(change(Kind.PEOPLE, people=list(circles)))

    def set_rhythm_for(self, person_ids: Sequence[int], days: int | None) -> None:
        """Give everyone listed a rhythm of `days` (None: their circle's), in one transaction."""
        self.set_rhythms(dict.fromkeys(_unique(person_ids), days))

    def set_rhythms(self, rhythms: Mapping[int, int | None]) -> None:
        """Give each person listed their own rhythm (None: the circle's), in one transaction;
        a rhythm out of range refuses them all."""
        checked = {person_id: v.check_rhythm(days) for person_id, days in rhythms.items()}
        with self._ctx.db.writing() as s:
            now = self._ctx.now()
            for person_id, days in checked.items():
                person = self._get(s, person_id)
                person.rhythm_days = days
                person.updated_at = now
        self._ctx.changes.emit(change(Kind.PEOPLE, people=list(checked)))

    def edit_people(
        self,
        person_ids: Sequence[int],
        *,
        circle: Circle | None = None,
        rhythm: int | Literal["circle"] | None = None,
        lean_on: bool | None = None,
        organisation: str | None = None,
    ) -> None:
        """Change what is given for everyone listed, in one transaction; None leaves a field
        as it is, and a `rhythm` of "circle" gives back each circle's own rhythm."""
        ids = _unique(person_ids)
        days = None if rhythm is None or rhythm == "circle" else v.check_rhythm(rhythm)
        org = None if organisation is None else v.clean_organisation(organisation)
        with self._ctx.db.writing() as s:
            now = self._ctx.now()
            for person_id in ids:
                person = self._get(s, person_id)
                if circle is not None:
                    person.circle = circle.value
                if rhythm is not None:
                    person.rhythm_days = days
                if lean_on is not None:
                    person.lean_on = lean_on
                if org is not None:
                    person.organisation = org
                person.updated_at = now
        self._ctx.changes.emit(change(Kind.PEOPLE, people=ids))

    def sort(self, person_id: int, circle: Circle, *, archived: bool = False) -> None:
        """Put one person in `circle` and (un)archive them, in one transaction: a choice of
        the sorting view, or its undo. Archived is "not someone to tend": kept, restorable."""
        with self._ctx.db.writing() as s:
            person = self._get(s, person_id)
            person.circle = circle.value
            person.archived = archived
            person.updated_at = self._ctx.now()
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))

    def delete(self, person_id: int) -> None:
        """Remove a person for good, with their follow-ups and dates.

        Interactions they shared with others stay for the others; ones that were only
        with this person go too.
        """
        self.delete_people([person_id])

    def delete_people(self, person_ids: Sequence[int]) -> None:
        """Delete everyone listed for good, in one transaction (see `delete`)."""
        from kith.services.interactions import refresh_last_seen

        ids = _unique(person_ids)
        with self._ctx.db.writing() as s:
            people = [self._get(s, person_id) for person_id in ids]
            interactions = set(
                s.scalars(
                    select(interaction_person.c.interaction_id).where(
                        interaction_person.c.person_id.in_(ids)
                    )
                )
            )
            shared_with = set(
                s.scalars(
                    select(interaction_person.c.person_id).where(
                        interaction_person.c.interaction_id.in_(interactions),
                        interaction_person.c.person_id.not_in(ids),
                    )
                )
            )
            meetups = set(
                s.scalars(
                    select(meetup_person.c.meetup_id).where(meetup_person.c.person_id.in_(ids))
                )
            )
            for person in people:
                s.delete(person)
            s.flush()
            lonely = select(Interaction.id).where(
                ~Interaction.id.in_(select(interaction_person.c.interaction_id))
            )
            s.execute(delete(Interaction).where(Interaction.id.in_(lonely)))
            refresh_last_seen(s, shared_with)
        self._ctx.changes.emit(
            change(
                Kind.PEOPLE,
                Kind.INTERACTIONS,
                Kind.MEETUPS,
                people=set(ids) | shared_with,
                interactions=interactions,
                meetups=meetups,
            )
        )

    def snooze(self, person_id: int, until: date | None) -> None:
        """Keep a person off the due list and reminders until (and including) `until`."""
        if until is not None and until < self._ctx.today():
            raise ValidationError(
                "snooze",
                QT_TRANSLATE_NOOP("Errors", "A snooze must end today or later."),
                code="person.snooze.past",
            )
        with self._ctx.db.writing() as s:
            self._get(s, person_id).snoozed_until = until
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))

    def snooze_for(self, person_id: int, days: int) -> date:
        until = self._ctx.today() + timedelta(days=days)
        self.snooze(person_id, until)
        return until

    def add_date(
        self,
        person_id: int,
        kind: DateKind,
        month: int,
        day: int,
        year: int | None = None,
        label: str = "",
    ) -> None:
        v.check_month_day(month, day, year, kind.value)
        clean_label = v.clean_note(label, "label")[:200]
        with self._ctx.db.writing() as s:
            person = self._get(s, person_id)
            if kind == DateKind.BIRTHDAY:
                person.dates = [d for d in person.dates if d.kind != DateKind.BIRTHDAY.value]
            person.dates.append(
                ImportantDate(kind=kind.value, label=clean_label, month=month, day=day, year=year)
            )
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))

    def remove_date(self, date_id: int) -> None:
        with self._ctx.db.writing() as s:
            row = s.get(ImportantDate, date_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no date #%1."),
                    str(date_id),
                    code="important_date.not_found",
                )
            person_id = row.person_id
            s.delete(row)
        self._ctx.changes.emit(change(Kind.PEOPLE, people=[person_id]))

    def upcoming_dates(
        self, within_days: int = 30, *, limit: int | None = None
    ) -> builtins.list[ImportantDateView]:
        """Birthdays and other yearly dates of people not archived, soonest first; the
        first `limit` of them when given (Today shows a few)."""
        today = self._ctx.today()
        # Plain columns, not ORM objects, and only the days of the year in the window:
        # most of thousands of birthdays are not soon.
        with self._ctx.db.reading() as s:
            rows = s.execute(
                select(
                    ImportantDate.id,
                    ImportantDate.kind,
                    ImportantDate.label,
                    ImportantDate.month,
                    ImportantDate.day,
                    ImportantDate.year,
                    Person.id,
                    Person.name,
                )
                .join(Person, Person.id == ImportantDate.person_id)
                .where(Person.archived.is_(False), *_days_within(today, within_days))
            ).all()
        soon = []
        for row in rows:
            coming = upcoming(row[3], row[4], row[5], today)
            if coming.days_away <= within_days:
                soon.append((coming, row))
        soon.sort(key=lambda found: (found[0].days_away, found[1][7].casefold()))
        return [
            ImportantDateView(
                id=date_id,
                person=PersonRef(pid, name),
                kind=DateKind(kind),
                label=label,
                month=month,
                day=day,
                year=year,
                next_on=coming.on,
                days_away=coming.days_away,
                turning=coming.turning,
            )
            for coming, (date_id, kind, label, month, day, year, pid, name) in soon[:limit]
        ]

    @staticmethod
    def _get(s: Session, person_id: int) -> Person:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(_NO_PERSON, str(person_id), code="person.not_found")
        return person


def _days_within(today: date, within_days: int) -> builtins.list[ColumnElement[bool]]:
    """Only the dates whose day of the year comes within `within_days` of `today`: of
    thousands of birthdays, the few that are soon are read (the rule stays `upcoming`'s)."""
    if within_days >= 365:
        return []
    keys: set[int] = set()
    for offset in range(max(within_days, 0) + 1):
        on = today + timedelta(days=offset)
        keys.add(on.month * 100 + on.day)
        if on.month == 2 and on.day == 28 and not calendar.isleap(on.year):
            keys.add(229)  # Feb 29 falls on Feb 28 in a common year
    return [(ImportantDate.month * 100 + ImportantDate.day).in_(sorted(keys))]


def _unique(ids: Iterable[int]) -> builtins.list[int]:
    """The ids in their order, each once."""
    return list(dict.fromkeys(ids))


def date_view(row: ImportantDate, person: PersonRef, today: date) -> ImportantDateView:
    coming = upcoming(row.month, row.day, row.year, today)
    return ImportantDateView(
        id=row.id,
        person=person,
        kind=DateKind(row.kind),
        label=row.label,
        month=row.month,
        day=row.day,
        year=row.year,
        next_on=coming.on,
        days_away=coming.days_away,
        turning=coming.turning,
    )


def follow_up_view(row: FollowUp, person: PersonRef) -> FollowUpView:
    return FollowUpView(
        id=row.id, person=person, text=row.text, created_at=row.created_at, done_at=row.done_at
    )


def interaction_view(row: Interaction) -> InteractionView:
    return InteractionView(
        id=row.id,
        on=row.occurred_on,
        mode=Mode(row.mode),
        people=tuple(PersonRef(p.id, p.name) for p in row.people),
        place=row.place,
        note=row.note,
        meetup_id=row.meetup_id,
    )
