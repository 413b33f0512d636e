"""Logging what happened, and keeping each person's "last seen" facts in step."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.values import Mode
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.interaction_rules import check_day
from kith.services.views import InteractionView
from kith.storage.schema import Interaction, Person, interaction_person


def refresh_last_seen(session: Session, person_ids: Collection[int]) -> None:
    """Recompute last-in-person and last-talked days for these people from their interactions.

    Runs inside the caller's transaction, so the cached days never disagree with the log.
    """
    if not person_ids:
        return
    ids = list(person_ids)

    def latest(*conditions: object) -> object:
        return (
            select(func.max(Interaction.occurred_on))
            .join(interaction_person, interaction_person.c.interaction_id == Interaction.id)
            .where(interaction_person.c.person_id == Person.id, *conditions)  # type: ignore[arg-type]
            .scalar_subquery()
        )

    for start in range(0, len(ids), 500):
        session.execute(
            update(Person)
            .where(Person.id.in_(ids[start : start + 500]))
            .values(
                last_in_person_on=latest(Interaction.mode == Mode.IN_PERSON.value),
                last_talked_on=latest(),
            )
            .execution_options(synchronize_session=False)
        )
    session.expire_all()


def check_people(session: Session, person_ids: Sequence[int]) -> list[Person]:
    if not person_ids:
        raise ValidationError(
            "people",
            QT_TRANSLATE_NOOP("Errors", "An interaction needs at least one person."),
            code="interaction.nobody",
        )
    unique = list(dict.fromkeys(person_ids))
    found = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(unique)))}
    missing = [pid for pid in unique if pid not in found]
    if missing:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no person #%1."),
            str(missing[0]),
            code="person.not_found",
        )
    return [found[pid] for pid in unique]


class InteractionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def log(
        self,
        person_ids: Sequence[int],
        mode: Mode = Mode.IN_PERSON,
        on: date | None = None,
        *,
        note: str = "",
        place: str = "",
        meetup_id: int | None = None,
    ) -> InteractionView:
        day = check_day(on or self._ctx.today(), self._ctx.today())
        clean_note = v.clean_note(note, "note")
        clean_place = v.clean_note(place, "place")
        with self._ctx.db.writing() as s:
            people = check_people(s, person_ids)
            row = log_in_session(
                s, people, mode, day, clean_note, clean_place, meetup_id, self._ctx
            )
            view = _view(row)
        self._ctx.changes.emit(
            change(
                Kind.INTERACTIONS,
                Kind.PEOPLE,
                people=(p.id for p in view.people),
                interactions=[view.id],
            )
        )
        return view

    def update(
        self,
        interaction_id: int,
        person_ids: Sequence[int],
        mode: Mode,
        on: date,
        *,
        note: str = "",
        place: str = "",
    ) -> InteractionView:
        day = check_day(on, self._ctx.today())
        clean_note = v.clean_note(note, "note")
        clean_place = v.clean_note(place, "place")
        with self._ctx.db.writing() as s:
            row = s.get(Interaction, interaction_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no interaction #%1."),
                    str(interaction_id),
                    code="interaction.not_found",
                )
            before = {p.id for p in row.people}
            row.people = check_people(s, person_ids)
            row.mode, row.occurred_on, row.note, row.place = (
                mode.value,
                day,
                clean_note,
                clean_place,
            )
            s.flush()
            refresh_last_seen(s, before | set(person_ids))
            view = _view(s.get_one(Interaction, interaction_id))
        self._ctx.changes.emit(
            change(
                Kind.INTERACTIONS,
                Kind.PEOPLE,
                people=before | set(person_ids),
                interactions=[interaction_id],
            )
        )
        return view

    def delete(self, interaction_id: int) -> None:
        with self._ctx.db.writing() as s:
            row = s.get(Interaction, interaction_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no interaction #%1."),
                    str(interaction_id),
                    code="interaction.not_found",
                )
            people = {p.id for p in row.people}
            s.delete(row)
            s.flush()
            refresh_last_seen(s, people)
        self._ctx.changes.emit(
            change(Kind.INTERACTIONS, Kind.PEOPLE, people=people, interactions=[interaction_id])
        )

    def recent(self, limit: int = 50, *, person_id: int | None = None) -> list[InteractionView]:
        with self._ctx.db.reading() as s:
            q = select(Interaction)
            if person_id is not None:
                q = q.join(
                    interaction_person,
                    and_(
                        interaction_person.c.interaction_id == Interaction.id,
                        interaction_person.c.person_id == person_id,
                    ),
                )
            rows = s.scalars(
                q.order_by(Interaction.occurred_on.desc(), Interaction.id.desc()).limit(limit)
            ).all()
            return [_view(r) for r in rows]


def log_in_session(
    s: Session,
    people: list[Person],
    mode: Mode,
    day: date,
    note: str,
    place: str,
    meetup_id: int | None,
    ctx: ServiceContext,
) -> Interaction:
    row = Interaction(
        occurred_on=day,
        mode=mode.value,
        note=note,
        place=place,
        meetup_id=meetup_id,
        created_at=ctx.now(),
    )
    row.people = people
    s.add(row)
    s.flush()
    # Cheaper than a recompute: a new entry can only move the days forward.
    for person in people:
        if person.last_talked_on is None or day > person.last_talked_on:
            person.last_talked_on = day
        if mode == Mode.IN_PERSON and (
            person.last_in_person_on is None or day > person.last_in_person_on
        ):
            person.last_in_person_on = day
    return row


def _view(row: Interaction) -> InteractionView:
    from kith.services.people import interaction_view

    return interaction_view(row)
