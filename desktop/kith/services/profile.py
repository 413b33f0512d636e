"""The Me profile: your own interests, and the default rhythm of each circle."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.values import Circle
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.people import interest_rows
from kith.services.summaries import circle_rhythms, my_interests
from kith.storage.schema import CircleRow, Interest, me_interest, person_interest


class ProfileService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def interests(self) -> list[str]:
        with self._ctx.db.reading() as s:
            return my_interests(s)

    def set_interests(self, tags: Sequence[str]) -> list[str]:
        cleaned = v.clean_tags(tags)
        with self._ctx.db.writing() as s:
            rows = interest_rows(s, cleaned)
            s.flush()
            s.execute(delete(me_interest))
            if rows:
                s.execute(me_interest.insert(), [{"interest_id": r.id} for r in rows])
        self._ctx.changes.emit(change(Kind.PROFILE, Kind.PEOPLE, everything=True))
        return sorted(cleaned)

    def add_interests(self, tags: Sequence[str]) -> list[str]:
        return self.set_interests([*self.interests(), *tags])

    def remove_interests(self, tags: Sequence[str]) -> list[str]:
        gone = set(v.clean_tags(tags))
        return self.set_interests([t for t in self.interests() if t not in gone])

    def all_interests(self) -> list[str]:
        """Every interest anyone has, for autocompletion."""
        with self._ctx.db.reading() as s:
            used = select(person_interest.c.interest_id).union(select(me_interest.c.interest_id))
            return list(
                s.scalars(
                    select(Interest.name).where(Interest.id.in_(used)).order_by(Interest.name)
                )
            )

    def circle_rhythms(self) -> dict[Circle, int]:
        with self._ctx.db.reading() as s:
            return circle_rhythms(s)

    def set_circle_rhythm(self, circle: Circle, days: int) -> None:
        """Only rings have a rhythm; people not sorted yet are never due."""
        if not circle.is_sorted:
            raise ValidationError(
                f"rhythm-{circle.value}",
                QT_TRANSLATE_NOOP("Errors", "People not sorted into a circle yet have no rhythm."),
                code="circle.unsorted_rhythm",
            )
        checked = v.check_rhythm(days, f"rhythm-{circle.value}")
        with self._ctx.db.writing() as s:
            row = s.get_one(CircleRow, circle.value)
            row.rhythm_days = checked if checked is not None else circle.default_rhythm
        self._ctx.changes.emit(change(Kind.PROFILE, Kind.PEOPLE, everything=True))
