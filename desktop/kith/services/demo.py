"""`kith demo`: realistic, varied synthetic data, deterministic for a seed and a day.

Written with bulk inserts in one transaction, so 5,000 people and 100,000
interactions take seconds, not minutes.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.values import Circle, ContactKind, DateKind, MeetupStatus, Mode
from kith.services import demo_names as words
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.demo_ties import DemoTies, demo_ties
from kith.services.interactions import refresh_last_seen
from kith.services.meetups import UID_DOMAIN
from kith.storage.schema import (
    ContactMethod,
    FollowUp,
    Group,
    ImportantDate,
    Interaction,
    Interest,
    Meetup,
    Person,
    Tie,
    group_member,
    interaction_person,
    me_interest,
    meetup_person,
    person_interest,
)

_CIRCLE_WEIGHTS = ((Circle.INNER, 4), (Circle.CLOSE, 12), (Circle.FRIENDS, 34), (Circle.WIDER, 50))
_MODE_WEIGHTS = (
    (Mode.IN_PERSON, 45),
    (Mode.MESSAGE, 28),
    (Mode.CALL, 17),
    (Mode.VIDEO, 8),
    (Mode.LETTER, 2),
)
_CLOSENESS = {Circle.INNER: 4.0, Circle.CLOSE: 2.0, Circle.FRIENDS: 1.0, Circle.WIDER: 0.45}
_RHYTHM = {Circle.INNER: 7, Circle.CLOSE: 14, Circle.FRIENDS: 30, Circle.WIDER: 90}
# Rows written at a time; also how many people's details are made between two writes.
_BATCH = 20_000


@dataclass(frozen=True)
class DemoSummary:
    people: int
    interactions: int
    meetups: int
    follow_ups: int
    dates: int


Progress = Callable[[str], None]


def _pick(rng: random.Random, weighted: tuple[tuple[object, int], ...]) -> object:
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights=weights)[0]


def _insert_all(s: Session, table: Any, rows: Iterable[dict[str, object]]) -> int:
    """Insert rows as they are made, a batch at a time, so a large demo never holds
    everyone's rows at once; how many there were."""
    batch: list[dict[str, object]] = []
    total = 0
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            s.execute(insert(table), batch)
            total += len(batch)
            batch = []
    if batch:
        s.execute(insert(table), batch)
    return total + len(batch)


def _add_ties(s: Session, made: DemoTies, interest_ids: dict[str, int]) -> None:
    for start in range(0, len(made.ties), 20_000):
        s.execute(insert(Tie), made.ties[start : start + 20_000])
    if made.groups:
        s.execute(insert(Group), made.groups)
        s.execute(insert(group_member), made.members)
    have = set(s.execute(select(person_interest.c.person_id, person_interest.c.interest_id)))
    shared = {(pid, interest_ids[tag]) for pid, tag in made.interests} - have
    if shared:
        s.execute(
            insert(person_interest),
            [{"person_id": p, "interest_id": i} for p, i in sorted(shared)],
        )


class DemoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def fill(
        self, people: int = 50, years: int = 3, seed: int = 1, progress: Progress | None = None
    ) -> DemoSummary:
        if not 1 <= people <= 100_000:
            raise ValidationError(
                "people",
                QT_TRANSLATE_NOOP("Errors", "The demo makes between %1 and %2 people."),
                1,
                100_000,
                code="demo.people.out_of_range",
            )
        if not 1 <= years <= 30:
            raise ValidationError(
                "years",
                QT_TRANSLATE_NOOP("Errors", "The demo covers between %1 and %2 years."),
                1,
                30,
                code="demo.years.out_of_range",
            )
        say = progress or (lambda _msg: None)
        rng = random.Random(seed)
        today = self._ctx.today()
        now = self._ctx.now()
        zone = self._ctx.clock.zone()
        span_days = years * 365
        with self._ctx.db.writing() as s:
            existing = s.scalar(select(func.count(Person.id))) or 0
            if existing:
                raise ValidationError(
                    "database",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This database already has %1 people; the demo fills only an "
                        "empty one (choose another with --db).",
                    ),
                    int(existing),
                    code="demo.database.not_empty",
                )
            say("interests")
            s.execute(insert(Interest), [{"name": n} for n in words.INTERESTS])
            rows = s.execute(select(Interest.name, Interest.id)).all()
            interest_ids: dict[str, int] = {row[0]: row[1] for row in rows}
            mine = rng.sample(words.INTERESTS, 6)
            s.execute(insert(me_interest), [{"interest_id": interest_ids[t]} for t in mine])

            say("people")
            names: list[str] = []
            circles: list[Circle] = []
            _insert_all(s, Person, self._people(rng, people, now, span_days, names, circles))

            counts = self._details(s, rng, names, circles, interest_ids, now)
            del names

            say("interactions")
            interactions = self._interactions(s, rng, circles, today, span_days, now)

            say("meetups")
            meetups, meetup_people = self._meetups(rng, circles, today, now, zone.key, zone)
            if meetups:
                s.execute(insert(Meetup), meetups)
                s.execute(insert(meetup_person), meetup_people)

            say("ties")
            _add_ties(s, demo_ties(seed, people, words.INTERESTS), interest_ids)

            say("last seen")
            refresh_last_seen(s, range(1, people + 1))
        self._ctx.changes.emit(change(*Kind, everything=True))
        return DemoSummary(
            people=people,
            interactions=interactions,
            meetups=len(meetups),
            follow_ups=counts[1],
            dates=counts[0],
        )

    @staticmethod
    def _people(
        rng: random.Random,
        people: int,
        now: datetime,
        span_days: int,
        names: list[str],
        circles: list[Circle],
    ) -> Iterator[dict[str, object]]:
        """Each person's row in turn; their names and circles are kept for what follows."""
        for index in range(people):
            circle = Circle.INNER if index == 0 else _pick(rng, _CIRCLE_WEIGHTS)
            assert isinstance(circle, Circle)
            circles.append(circle)
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
            name = first if rng.random() < 0.04 else f"{first} {last}"
            names.append(name)
            created = now - timedelta(days=rng.randint(span_days // 2, span_days + 400))
            yield {
                "id": index + 1,
                "name": name,
                "nickname": rng.choice(words.NICKNAMES) if rng.random() < 0.08 else None,
                "circle": circle.value,
                "rhythm_days": rng.choice((10, 21, 45, 60)) if rng.random() < 0.06 else None,
                "notes": rng.choice(words.NOTE_SNIPPETS),
                "lean_on": circle in (Circle.INNER, Circle.CLOSE) and rng.random() < 0.5,
                "archived": rng.random() < 0.01,
                "card_uid": None,
                "created_at": created,
                "updated_at": created,
            }

    @staticmethod
    def _details(
        s: Session,
        rng: random.Random,
        names: list[str],
        circles: list[Circle],
        interest_ids: dict[str, int],
        now: datetime,
    ) -> tuple[int, int]:
        """Interests, phones, e-mails, dates and follow-ups, written for a batch of people
        at a time; how many dates and follow-ups were made."""
        made_dates = made_follow_ups = 0
        for first in range(0, len(circles), _BATCH):
            links, contacts, dates, follow_ups = [], [], [], []
            for pid in range(first + 1, min(first + _BATCH, len(circles)) + 1):
                circle = circles[pid - 1]
                for tag in rng.sample(words.INTERESTS, rng.choice((0, 1, 2, 2, 3, 3, 4))):
                    links.append({"person_id": pid, "interest_id": interest_ids[tag]})
                handle = names[pid - 1].split()[0].lower()
                if rng.random() < 0.8:
                    contacts.append(
                        {
                            "person_id": pid,
                            "kind": ContactKind.PHONE.value,
                            "value": f"+1 555 {rng.randint(1000, 9999):04d}",
                            "label": "mobile",
                        }
                    )
                if rng.random() < 0.7:
                    contacts.append(
                        {
                            "person_id": pid,
                            "kind": ContactKind.EMAIL.value,
                            "value": f"{handle}.{pid}@example.org",
                            "label": "",
                        }
                    )
                if rng.random() < 0.7:
                    year = rng.randint(1950, 2005) if rng.random() < 0.6 else None
                    month = rng.randint(1, 12)
                    dates.append(
                        {
                            "person_id": pid,
                            "kind": DateKind.BIRTHDAY.value,
                            "label": "",
                            "month": month,
                            "day": rng.randint(1, 28),
                            "year": year,
                        }
                    )
                if circle in (Circle.INNER, Circle.CLOSE) and rng.random() < 0.15:
                    dates.append(
                        {
                            "person_id": pid,
                            "kind": DateKind.ANNIVERSARY.value,
                            "label": "Wedding anniversary",
                            "month": rng.randint(1, 12),
                            "day": rng.randint(1, 28),
                            "year": rng.randint(1990, 2022),
                        }
                    )
                if rng.random() < 0.3:
                    done = rng.random() < 0.4
                    made = now - timedelta(days=rng.randint(1, 200))
                    follow_ups.append(
                        {
                            "person_id": pid,
                            "text": rng.choice(words.FOLLOW_UPS),
                            "created_at": made,
                            "done_at": made + timedelta(days=3) if done else None,
                        }
                    )
            for table, rows in (
                (person_interest, links),
                (ContactMethod, contacts),
                (ImportantDate, dates),
                (FollowUp, follow_ups),
            ):
                if rows:
                    s.execute(insert(table), rows)
            made_dates += len(dates)
            made_follow_ups += len(follow_ups)
        return made_dates, made_follow_ups

    @staticmethod
    def _interactions(
        s: Session,
        rng: random.Random,
        circles: list[Circle],
        today: date,
        span_days: int,
        now: datetime,
    ) -> int:
        """About 20 per person on average, closer circles more often, some in groups;
        written a batch at a time. How many were made."""
        weights = [_CLOSENESS[c] for c in circles]
        total_weight = sum(weights)
        target = 20 * len(circles)
        rows: list[dict[str, object]] = []
        members: list[dict[str, object]] = []
        by_circle: dict[Circle, list[int]] = {}
        for pid, circle in enumerate(circles, start=1):
            by_circle.setdefault(circle, []).append(pid)
        plans: list[tuple[int, int]] = []
        for pid, circle in enumerate(circles, start=1):
            count = max(0, round(target * weights[pid - 1] / total_weight + rng.uniform(-3, 3)))
            if rng.random() < 0.03:
                count = 0  # someone you have not met yet
            rhythm = _RHYTHM[circle]
            # Where the most recent in-person meeting falls decides today's state; spread
            # it from "just seen" to "well overdue", most people comfortably in rhythm.
            plans.append((count, int(rng.triangular(0, rhythm * 1.8, rhythm * 0.45))))
        next_id = 1

        def write() -> None:
            if rows:
                s.execute(insert(Interaction), rows)
                s.execute(insert(interaction_person), members)
            rows.clear()
            members.clear()

        for pid, circle in enumerate(circles, start=1):
            count, latest_gap = plans[pid - 1]
            for n in range(count):
                if n == 0:
                    mode = Mode.IN_PERSON
                    days_ago = latest_gap
                else:
                    mode = _pick(rng, _MODE_WEIGHTS)  # type: ignore[assignment]
                    days_ago = rng.randint(
                        latest_gap + 1 if mode == Mode.IN_PERSON else 0,
                        max(latest_gap + 2, span_days),
                    )
                days_ago = min(days_ago, span_days)
                rows.append(
                    {
                        "id": next_id,
                        "occurred_on": today - timedelta(days=days_ago),
                        "mode": mode.value,
                        "place": rng.choice(words.PLACES) if mode == Mode.IN_PERSON else "",
                        "note": rng.choice(words.TOPICS),
                        "meetup_id": None,
                        "created_at": now,
                    }
                )
                members.append({"interaction_id": next_id, "person_id": pid})
                if mode == Mode.IN_PERSON and n > 0 and rng.random() < 0.15:
                    peers = by_circle[circle]
                    for other in rng.sample(peers, min(len(peers), rng.randint(1, 3))):
                        # A group meeting must not be newer than the peer's own latest one.
                        peer_count, peer_gap = plans[other - 1]
                        if other != pid and peer_count and peer_gap <= days_ago:
                            members.append({"interaction_id": next_id, "person_id": other})
                next_id += 1
            if len(rows) >= _BATCH:
                write()
        write()
        return next_id - 1

    @staticmethod
    def _meetups(
        rng: random.Random,
        circles: list[Circle],
        today: date,
        now: datetime,
        tzid: str,
        zone: tzinfo,
    ) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        count = max(2, len(circles) // 12)
        rows: list[dict[str, object]] = []
        people: list[dict[str, object]] = []
        population = list(range(1, len(circles) + 1))
        for mid in range(1, count + 1):
            roll = rng.random()
            status = (
                MeetupStatus.PLANNED
                if roll < 0.7
                else MeetupStatus.IDEA
                if roll < 0.85
                else MeetupStatus.CANCELLED
            )
            starts_at = on_day = None
            duration: int | None = rng.choice((60, 90, 120, 180))
            if status != MeetupStatus.IDEA:
                day = today + timedelta(days=rng.randint(0, 45))
                if rng.random() < 0.15:
                    on_day, duration = day, 24 * 60
                else:
                    at = time(rng.choice((9, 10, 12, 18, 19)), rng.choice((0, 30)))
                    local = datetime.combine(day, at, zone)
                    starts_at = local.astimezone(UTC)
            title = rng.choice(words.MEETUP_TITLES)
            rows.append(
                {
                    "id": mid,
                    "uid": f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@{UID_DOMAIN}",
                    "sequence": 0,
                    "title": title,
                    "status": status.value,
                    "starts_at": starts_at,
                    "on_day": on_day,
                    "tzid": tzid,
                    "duration_minutes": duration,
                    "place": rng.choice(words.PLACES),
                    "notes": "",
                    "alarm_minutes": 60,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for pid in rng.sample(population, min(len(population), rng.choice((1, 1, 2, 3)))):
                people.append({"meetup_id": mid, "person_id": pid})
        return rows, people
