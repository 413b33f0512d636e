"""The archive as it was built, whole in memory: the reference the streamed export in
`kith.services.archive` must match byte for byte."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kith.interchange.archive import FORMAT, FORMAT_VERSION, day, moment
from kith.services.archive import LOCAL_SETTINGS
from kith.storage.revision import SCHEMA_REVISION
from kith.storage.schema import (
    CircleRow,
    ContactMethod,
    FollowUp,
    Group,
    ImportantDate,
    Interaction,
    Interest,
    KnownCard,
    Meetup,
    Person,
    Setting,
    Tie,
    group_member,
    interaction_person,
    me_interest,
    meetup_person,
    person_interest,
)


def _links(s: Session, table: Any, key: str, other: str) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for left, right in s.execute(
        select(table.c[key], table.c[other]).order_by(table.c[key], table.c[other])
    ):
        found.setdefault(left, []).append(right)
    return found


def build_archive(s: Session, exported_at: Any) -> dict[str, Any]:
    interest_names = {row[0]: row[1] for row in s.execute(select(Interest.id, Interest.name))}
    person_tags: dict[int, list[str]] = {}
    for pid, iid in s.execute(select(person_interest.c.person_id, person_interest.c.interest_id)):
        person_tags.setdefault(pid, []).append(interest_names[iid])
    contacts: dict[int, list[dict[str, Any]]] = {}
    for c in s.scalars(select(ContactMethod).order_by(ContactMethod.id)):
        contacts.setdefault(c.person_id, []).append(
            {"kind": c.kind, "value": c.value, "label": c.label}
        )
    known: dict[int, list[str]] = {}
    for uid, pid in s.execute(select(KnownCard.uid, KnownCard.person_id).order_by(KnownCard.uid)):
        known.setdefault(pid, []).append(uid)
    dates: dict[int, list[dict[str, Any]]] = {}
    for d in s.scalars(select(ImportantDate).order_by(ImportantDate.id)):
        dates.setdefault(d.person_id, []).append(
            {"kind": d.kind, "label": d.label, "month": d.month, "day": d.day, "year": d.year}
        )
    follow_ups: dict[int, list[dict[str, Any]]] = {}
    for f in s.scalars(select(FollowUp).order_by(FollowUp.id)):
        follow_ups.setdefault(f.person_id, []).append(
            {"text": f.text, "created_at": moment(f.created_at), "done_at": moment(f.done_at)}
        )
    people = [
        {
            "id": p.id,
            "name": p.name,
            "nickname": p.nickname,
            "organisation": p.organisation,
            "circle": p.circle,
            "rhythm_days": p.rhythm_days,
            "notes": p.notes,
            "lean_on": bool(p.lean_on),
            "archived": bool(p.archived),
            "card_uid": p.card_uid,
            "known_cards": known.get(p.id, []),
            "created_at": moment(p.created_at),
            "updated_at": moment(p.updated_at),
            "snoozed_until": day(p.snoozed_until),
            "interests": sorted(person_tags.get(p.id, [])),
            "contacts": contacts.get(p.id, []),
            "dates": dates.get(p.id, []),
            "follow_ups": follow_ups.get(p.id, []),
        }
        for p in s.scalars(select(Person).order_by(Person.id))
    ]
    who_met = _links(s, interaction_person, "interaction_id", "person_id")
    interactions = [
        {
            "id": i.id,
            "occurred_on": day(i.occurred_on),
            "mode": i.mode,
            "people": who_met.get(i.id, []),
            "place": i.place,
            "note": i.note,
            "meetup_id": i.meetup_id,
            "created_at": moment(i.created_at),
        }
        for i in s.scalars(select(Interaction).order_by(Interaction.id))
    ]
    who_meets = _links(s, meetup_person, "meetup_id", "person_id")
    meetups = [
        {
            "id": m.id,
            "uid": m.uid,
            "sequence": m.sequence,
            "title": m.title,
            "status": m.status,
            "starts_at": moment(m.starts_at),
            "on_day": day(m.on_day),
            "tzid": m.tzid,
            "duration_minutes": m.duration_minutes,
            "place": m.place,
            "notes": m.notes,
            "alarm_minutes": m.alarm_minutes,
            "created_at": moment(m.created_at),
            "updated_at": moment(m.updated_at),
            "people": who_meets.get(m.id, []),
        }
        for m in s.scalars(select(Meetup).order_by(Meetup.id))
    ]
    import json

    settings = {
        row.key: json.loads(row.value)
        for row in s.scalars(select(Setting).order_by(Setting.key))
        if row.key not in LOCAL_SETTINGS
    }
    mine = sorted(interest_names[iid] for iid in s.scalars(select(me_interest.c.interest_id)))
    in_group = _links(s, group_member, "group_id", "person_id")
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": moment(exported_at),
        "schema_revision": SCHEMA_REVISION,
        "circles": [
            {"key": c.key, "rhythm_days": c.rhythm_days}
            for c in s.scalars(select(CircleRow).order_by(CircleRow.position))
        ],
        "me": {"interests": mine},
        "people": people,
        "interactions": interactions,
        "meetups": meetups,
        "ties": [
            {"person_id": t.person_id, "other_id": t.other_id, "kind": t.kind, "note": t.note}
            for t in s.scalars(select(Tie).order_by(Tie.person_id, Tie.other_id))
        ],
        "groups": [
            {"id": g.id, "name": g.name, "people": in_group.get(g.id, [])}
            for g in s.scalars(select(Group).order_by(Group.id))
        ],
        "settings": settings,
    }
