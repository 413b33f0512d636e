"""`kith log` written with `sqlite3` alone, for a sound database at this build's revision.

The same rows as `InteractionService.log` writes (the interaction with its new sync id,
its people, each person's last-talked and last-in-person days moved forward), found by
the same name lookup (`name_lookup`) and refused by the same rules
(`interaction_rules`, `validation`), so a command needs neither SQLAlchemy nor the ORM.
The sync journal is kept by the file's own triggers, as for every write. A test
compares what it writes with what the services write over random sequences of logs.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date
from pathlib import Path

from kith.clock import Clock, local_today
from kith.domain import validation as v
from kith.domain.values import Mode
from kith.services.interaction_rules import check_day
from kith.services.name_lookup import find_in
from kith.services.views import InteractionView, PersonRef
from kith.storage.writing import WritableDatabase, open_for_writing

# As SQLAlchemy stores a DateTime and a Date in SQLite, so both paths write one text.
_MOMENT = "%Y-%m-%d %H:%M:%S.%f"


class PlainLog:
    """Logs interactions in one sound database."""

    def __init__(self, db: WritableDatabase, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @classmethod
    def open(cls, path: Path, clock: Clock) -> PlainLog | None:
        """None when the database must be opened the full way (`storage.writing`)."""
        db = open_for_writing(path)
        return None if db is None else cls(db, clock)

    @property
    def path(self) -> Path:
        return self._db.path

    def close(self) -> None:
        self._db.close()

    def log(
        self,
        names: Sequence[str],
        mode: Mode,
        on: date | None,
        *,
        note: str = "",
        place: str = "",
    ) -> InteractionView:
        """What `kith log NAME... ` does through the services: each name found (with the
        same errors), then the interaction written."""
        db = self._db
        with db.writing():
            # In the write's own transaction: no one can be removed between.
            found = [find_in(db.rows, name) for name in names]
            today = local_today(self._clock)
            day = check_day(on or today, today)
            clean_note = v.clean_note(note, "note")
            clean_place = v.clean_note(place, "place")
            people = list({p.id: p for p in found}.values())
            created = self._clock.now().astimezone(UTC).replace(tzinfo=None)
            row_id = db.insert(
                "INSERT INTO interaction (occurred_on, mode, place, note, meetup_id,"
                " created_at, sync_id) VALUES (?, ?, ?, ?, NULL, ?, ?)",
                (
                    day.isoformat(),
                    mode.value,
                    clean_place,
                    clean_note,
                    created.strftime(_MOMENT),
                    str(uuid.uuid4()),
                ),
            )
            for person in people:
                db.insert(
                    "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?, ?)",
                    (row_id, person.id),
                )
            for person in sorted(people, key=lambda p: p.id):
                self._move_days_forward(person, mode, day)
        return InteractionView(
            id=row_id,
            on=day,
            mode=mode,
            people=tuple(PersonRef(p.id, p.name) for p in people),
            place=clean_place,
            note=clean_note,
            meetup_id=None,
        )

    def _move_days_forward(self, person: PersonRef, mode: Mode, day: date) -> None:
        # As `log_in_session`: a new entry can only move the days forward, and a person
        # whose days stay as they were is not written at all.
        ((talked, in_person),) = self._db.rows(
            "SELECT last_talked_on, last_in_person_on FROM person WHERE id = ?", (person.id,)
        )
        changed: dict[str, str] = {}
        if talked is None or day > date.fromisoformat(talked):
            changed["last_talked_on"] = day.isoformat()
        if mode == Mode.IN_PERSON and (in_person is None or day > date.fromisoformat(in_person)):
            changed["last_in_person_on"] = day.isoformat()
        if changed:
            columns = ", ".join(f"{column} = ?" for column in changed)
            self._db.rows(
                f"UPDATE person SET {columns} WHERE id = ?", (*changed.values(), person.id)
            )
