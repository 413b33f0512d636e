"""Follow-ups: things to remember for next time."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.services import context as ch
from kith.services.context import ServiceContext
from kith.services.people import follow_up_view
from kith.services.views import FollowUpView, PersonRef
from kith.storage.schema import FollowUp, Person


class FollowUpService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(self, person_id: int, text: str) -> FollowUpView:
        clean = v.clean_note(text, "follow-up")
        if not clean:
            raise ValidationError(
                "text",
                QT_TRANSLATE_NOOP("Errors", "A follow-up needs some words."),
                code="follow_up.empty",
            )
        with self._ctx.db.writing() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no person #%1."),
                    str(person_id),
                    code="person.not_found",
                )
            row = FollowUp(person_id=person_id, text=clean, created_at=self._ctx.now())
            s.add(row)
            s.flush()
            view = follow_up_view(row, PersonRef(person.id, person.name))
        self._ctx.changes.emit(ch.PEOPLE)
        return view

    def set_done(self, follow_up_id: int, done: bool = True) -> None:
        with self._ctx.db.writing() as s:
            row = s.get(FollowUp, follow_up_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no follow-up #%1."),
                    str(follow_up_id),
                    code="follow_up.not_found",
                )
            row.done_at = self._ctx.now() if done else None
        self._ctx.changes.emit(ch.PEOPLE)

    def delete(self, follow_up_id: int) -> None:
        with self._ctx.db.writing() as s:
            row = s.get(FollowUp, follow_up_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no follow-up #%1."),
                    str(follow_up_id),
                    code="follow_up.not_found",
                )
            s.delete(row)
        self._ctx.changes.emit(ch.PEOPLE)

    def open_for(self, person_ids: Sequence[int] | None = None) -> list[FollowUpView]:
        """Open follow-ups, oldest first; for some people or for everyone not archived."""
        with self._ctx.db.reading() as s:
            q = (
                select(FollowUp, Person.id, Person.name)
                .join(Person, Person.id == FollowUp.person_id)
                .where(FollowUp.done_at.is_(None), Person.archived.is_(False))
                .order_by(FollowUp.created_at)
            )
            if person_ids is not None:
                q = q.where(FollowUp.person_id.in_(list(person_ids)))
            return [follow_up_view(f, PersonRef(pid, name)) for f, pid, name in s.execute(q)]
