"""Doing what a notification's action asks, through the same services as the window.

Each write is one service call (one transaction), joins the window's undo history and
refreshes the views through the change bus, whether the window is shown or hidden in
the tray. Something that changed since the notification came (the person archived or
deleted, the meetup cancelled or done, the meeting already logged) is left as it is,
and a quiet line says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from kith.domain.errors import KithError, NotFound
from kith.domain.placeholders import fill
from kith.domain.values import MeetupStatus, Mode
from kith.services.app import Services
from kith.services.views import PersonSummary
from kith.ui.shell.tray import bring_forward
from kith.ui.shell.undo_history import UndoEntry, UndoHistory
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain

log = logging.getLogger(__name__)

SNOOZE_DAYS = 7


class ReminderActions(QObject):
    """Carries out the action keys of `notices`; `say` tells a short result quietly."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        say: Callable[[str], None],
        history: UndoHistory | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._say = say
        found = getattr(window, "undo", None)
        self.history = history or (found if isinstance(found, UndoHistory) else UndoHistory(self))

    def act(self, key: str) -> None:
        """Do what `key` names; an unknown key is ignored (a newer Kith's notification)."""
        what, _, raw = key.partition(":")
        handlers: dict[str, Callable[[int], None]] = {
            "saw": self.saw,
            "snooze": self.snooze,
            "open-person": self.open_person,
            "open-meetup": self.open_meetup,
            "done": self.mark_done,
            "plan": self.plan,
        }
        if what == "open-today":
            self.open_today()
            return
        handler = handlers.get(what)
        if handler is None or not raw.isdigit():
            log.info("unknown notification action %r", key)
            return
        try:
            handler(int(raw))
        except KithError as exc:  # refused after all: say so, change nothing
            self._tell(explain(exc))

    # Writing ---------------------------------------------------------------------------

    def saw(self, person_id: int) -> None:
        """An in-person meeting today with the person, unless that would be wrong now."""
        person = self._person(
            person_id,
            QCoreApplication.translate("Notices", "%1 is archived, so nothing was logged."),
        )
        if person is None:
            return
        today = self._services.ctx.today()
        if person.last_in_person is not None and person.last_in_person >= today:
            self._tell(
                fill(
                    QCoreApplication.translate("Notices", "%1 is already logged as seen today."),
                    person.name,
                )
            )
            return
        interactions = self._services.interactions
        view = interactions.log([person_id], Mode.IN_PERSON, today)
        logged = [view.id]  # redoing logs a new entry: undo takes back the latest

        def redo() -> None:
            logged.append(interactions.log([person_id], Mode.IN_PERSON, today).id)

        entry = self.history.push(
            fill(QCoreApplication.translate("Notices", "Saw %1 today"), person.name),
            undo=lambda: interactions.delete(logged[-1]),
            redo=redo,
            person_ids=(person_id,),
        )
        self._tell(
            fill(
                QCoreApplication.translate("Notices", "Logged: in person with %1 today."),
                person.name,
            ),
            entry,
        )

    def snooze(self, person_id: int) -> None:
        person = self._person(
            person_id,
            QCoreApplication.translate("Notices", "%1 is archived, so they were not snoozed."),
        )
        if person is None:
            return
        people = self._services.people
        today = self._services.ctx.today()
        until = today + timedelta(days=SNOOZE_DAYS)
        earlier = person.snoozed_until
        if earlier is not None and earlier < today:
            earlier = None  # a snooze already over is no snooze to bring back
        people.snooze(person_id, until)
        entry = self.history.push(
            fill(QCoreApplication.translate("Notices", "Snooze %1"), person.name),
            undo=lambda: people.snooze(person_id, earlier),
            redo=lambda: people.snooze(person_id, until),
            person_ids=(person_id,),
        )
        self._tell(
            fill(
                QCoreApplication.translate("Notices", "%1 is snoozed until %2."),
                person.name,
                fmt.long_date(until),
            ),
            entry,
        )

    def mark_done(self, meetup_id: int) -> None:
        meetups = self._services.meetups
        try:
            meetup = meetups.get(meetup_id)
        except NotFound:
            self._tell(
                QCoreApplication.translate(
                    "Notices", "That meetup was deleted, so nothing was marked done."
                )
            )
            return
        if meetup.status != MeetupStatus.PLANNED:
            words = {
                MeetupStatus.DONE: QCoreApplication.translate("Notices", "“%1” is already done."),
                MeetupStatus.CANCELLED: QCoreApplication.translate(
                    "Notices", "“%1” was cancelled, so it was not marked done."
                ),
            }.get(
                meetup.status,
                QCoreApplication.translate(
                    "Notices", "“%1” is not planned any more, so it was not marked done."
                ),
            )
            self._tell(fill(words, meetup.title))
            return
        completion = meetups.mark_done(meetup_id)
        completions = [completion]
        entry = self.history.push(
            fill(QCoreApplication.translate("Notices", "Mark “%1” done"), meetup.title),
            undo=lambda: meetups.undo_done(completions[-1]),
            redo=lambda: completions.append(meetups.mark_done(meetup_id, completions[-1].on)),
            person_ids=tuple(p.id for p in meetup.people),
        )
        self._tell(
            fill(QCoreApplication.translate("Notices", "“%1” is done."), meetup.title), entry
        )

    # Opening ---------------------------------------------------------------------------

    def open_today(self) -> None:
        bring_forward(self._window)
        self._call("show_place", "today")

    def open_person(self, person_id: int) -> None:
        if self._person(person_id) is None:
            return
        bring_forward(self._window)
        self._call("open_person", person_id)

    def open_meetup(self, meetup_id: int) -> None:
        bring_forward(self._window)
        self._call("show_place", "plans")
        plans = getattr(self._window, "plans", None)
        select = getattr(plans, "select_meetup", None)
        if callable(select) and not select(meetup_id):
            self._tell(QCoreApplication.translate("Notices", "That meetup is no longer in Plans."))

    def plan(self, person_id: int) -> None:
        """Plans, with a new meetup for the person ready to fill in."""
        if (
            self._person(
                person_id,
                QCoreApplication.translate("Notices", "%1 is archived, so no meetup was planned."),
            )
            is None
        ):
            return
        bring_forward(self._window)
        self._call("show_place", "plans")
        actions = getattr(self._window, "person_actions", None)
        plan_meetup = getattr(actions, "plan_meetup", None)
        if callable(plan_meetup):
            plan_meetup((person_id,))

    # Helpers ---------------------------------------------------------------------------

    def _person(self, person_id: int, archived: str = "") -> PersonSummary | None:
        """The person as they are now; None (and a line saying why) when they cannot be.

        `archived` is what to say when they were archived; empty: archived is fine."""
        try:
            person = self._services.people.summary(person_id)
        except NotFound:
            self._tell(
                QCoreApplication.translate(
                    "Notices", "That person was deleted, so nothing was done."
                )
            )
            return None
        if person.archived and archived:
            self._tell(fill(archived, person.name))
            return None
        return person

    def _tell(self, message: str, entry: UndoEntry | None = None) -> None:
        tell = getattr(self._window, "tell", None)
        if callable(tell):
            tell(message, entry)
        if not self._window.isVisible():
            self._say(message)  # the window's status line is not in sight

    def _call(self, name: str, *args: Any) -> None:
        method = getattr(self._window, name, None)
        if callable(method):
            method(*args)
