"""What each reminder offers to do from its notification, in the user's language.

Action keys are plain text the notification service hands back: "saw:12" (an in-person
meeting with person 12 today), "snooze:12", "open-person:12", "open-meetup:5",
"done:5", "plan:12" and "open-today". `acting` carries them out.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.domain.reminders import Delivery, DeliveryKind, local_moment
from kith.notify.base import Action, Notice
from kith.services.app import Services

DIGEST_TAG = "digest"
"""A new digest takes the place of the one still on screen."""


def digest_notice(title: str, body: str, first: tuple[int, str] | None) -> Notice:
    """The digest: "Saw <first person>" and "Snooze a week" for them, and "Open"."""
    if first is None:
        return Notice(
            title,
            body,
            (Action("open-today", QCoreApplication.translate("Notices", "Open Today")),),
            default="open-today",
            urgent=False,
            replaces=DIGEST_TAG,
        )
    person_id, name = first
    return Notice(
        title,
        body,
        (
            Action(f"saw:{person_id}", fill(QCoreApplication.translate("Notices", "Saw %1"), name)),
            Action(f"snooze:{person_id}", QCoreApplication.translate("Notices", "Snooze a week")),
            Action("open-today", QCoreApplication.translate("Notices", "Open")),
        ),
        default="open-today",
        urgent=False,
        replaces=DIGEST_TAG,
    )


def alarm_notice(delivery: Delivery, started: bool) -> Notice:
    """A meetup's alarm: "Open", and "Mark done" once it has begun."""
    if delivery.meetup_id is None:
        return Notice(delivery.title, delivery.text)
    opening = f"open-meetup:{delivery.meetup_id}"
    actions = [Action(opening, QCoreApplication.translate("Notices", "Open"))]
    if started:
        actions.append(
            Action(f"done:{delivery.meetup_id}", QCoreApplication.translate("Notices", "Mark done"))
        )
    return Notice(delivery.title, delivery.text, tuple(actions), default=opening)


def date_notice(delivery: Delivery) -> Notice:
    """A birthday or other yearly date: "Open" the person and "Plan…" a meetup with them."""
    if not delivery.person_ids:
        return Notice(delivery.title, delivery.text)
    person_id = delivery.person_ids[0]
    opening = f"open-person:{person_id}"
    return Notice(
        delivery.title,
        delivery.text,
        (
            Action(opening, QCoreApplication.translate("Notices", "Open")),
            Action(f"plan:{person_id}", QCoreApplication.translate("Notices", "Plan…")),
        ),
        default=opening,
    )


def notice_for(
    delivery: Delivery, names: dict[int, str], now: datetime, starts_at: datetime | None
) -> Notice:
    """The notice of one delivery; `names` holds the names of its people."""
    if delivery.kind in (DeliveryKind.DIGEST, DeliveryKind.CATCH_UP):
        first = None
        if delivery.person_ids and delivery.person_ids[0] in names:
            first = (delivery.person_ids[0], names[delivery.person_ids[0]])
        return digest_notice(delivery.title, delivery.text, first)
    if delivery.kind == DeliveryKind.ALARM:
        started = starts_at is not None and starts_at <= now
        return alarm_notice(delivery, started)
    return date_notice(delivery)


def notice_of(delivery: Delivery, services: Services) -> Notice:
    """The notice of a delivery as things stand now (names, whether a meetup has begun)."""
    names: dict[int, str] = {}
    starts_at = None
    try:
        if delivery.person_ids and delivery.kind in (DeliveryKind.DIGEST, DeliveryKind.CATCH_UP):
            first = services.people.summary(delivery.person_ids[0])
            names[first.id] = first.name
        if delivery.meetup_id is not None:
            meetup = services.meetups.get(delivery.meetup_id)
            starts_at = meetup.starts_at
            if starts_at is None and meetup.on_day is not None:
                starts_at = local_moment(meetup.on_day, time(0), services.ctx.clock.zone())
    except KithError:  # gone since the check read it: the notice keeps its words only
        return Notice(delivery.title, delivery.text)
    return notice_for(delivery, names, services.ctx.now(), starts_at)
