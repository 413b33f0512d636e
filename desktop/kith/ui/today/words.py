"""Today's words, from Today's data: the one place they are made.

The live page shows them and the snapshot keeps them, so what the next start paints is
what the live page would show. Plain functions, no widgets: the snapshot is worded off
the GUI thread after a change, while the window stays responsive.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from kith.domain.interests import GroupSuggestion
from kith.domain.placeholders import fill
from kith.domain.priority import Reason
from kith.services.today import DATES_SHOWN, TodayView
from kith.services.views import FollowUpView, ImportantDateView, MeetupView, PersonSummary
from kith.ui.text import formatting as fmt
from kith.ui.text.reasons import reason_words
from kith.ui.today.snapshot import ShownRow, TodaySnapshot

MEETUPS_SHOWN = 5
FOLLOW_UPS_SHOWN = 10


def today_words(data: TodayView) -> TodaySnapshot:
    """Everything Today shows for `data`, as text."""
    today = data.today
    rest = data.due_total - len(data.due)
    meetups = meetup_lines(data.meetups, today)
    dates = date_lines(data.dates, today)
    return TodaySnapshot(
        greeting=greeting(today),
        rows=tuple(
            ShownRow(
                person.name,
                about(person, data.reasons.get(person.id)),
                tending(person, today),
                person.tending.state.value,
            )
            for person in data.due
        ),
        together=tuple(group_sentence(group) for group in data.groups),
        more=(
            fill(QCoreApplication.translate("TodayPage", "and %1 more…"), QLocale().toString(rest))
            if rest > 0
            else ""
        ),
        due_note=(
            ""
            if data.due
            else QCoreApplication.translate(
                "TodayPage", "Nobody is waiting to be seen. Enjoy the quiet."
            )
        ),
        unsorted=unsorted(data.unsorted),
        meetups="<br/><br/>".join(meetups),
        meetups_note=(
            ""
            if meetups
            else QCoreApplication.translate(
                "TodayPage", "No meetups planned for the next two weeks."
            )
        ),
        dates="<br/>".join(dates),
        dates_note=(
            ""
            if dates
            else QCoreApplication.translate(
                "TodayPage", "No birthdays or anniversaries in the next three weeks."
            )
        ),
        follow_ups="<br/>".join(follow_up_lines(data.follow_ups)),
    )


def greeting(today: date) -> str:
    return fill(QCoreApplication.translate("TodayPage", "Today, %1"), fmt.long_date(today))


def about(person: PersonSummary, reason: Reason | None) -> str:
    """Why they are worth seeing, when the due list said: the circle, time since, ties."""
    parts = [reason_words(reason) if reason else fmt.circle_label(person.circle)]
    if person.shared_interests:
        parts.append(
            fill(
                QCoreApplication.translate("DueRow", "you both like %1"),
                ", ".join(person.shared_interests),  # interests as typed
            )
        )
    return " · ".join(parts)


def tending(person: PersonSummary, today: date) -> str:
    words = fmt.tending_words(person, today)
    return words[:1].upper() + words[1:]


def unsorted(count: int) -> str:
    if count <= 0:
        return ""
    if count == 1:
        text = QCoreApplication.translate(
            "TodayPage", "1 person from your contacts is not sorted yet — Sort them…"
        )
    else:
        text = QCoreApplication.translate(
            "TodayPage", "%1 people from your contacts are not sorted yet — Sort them…"
        )
    return fill(text, QLocale().toString(count))


def group_sentence(group: GroupSuggestion) -> str:
    """ "Ana, Ben and Chloé all like climbing…"; long groups name three and count the rest."""
    names = list(group.names)
    if len(names) > 4:
        others = len(names) - 3
        # Plural words first, names after: a name holding "(s)" stays as typed.
        words = QCoreApplication.translate("TodayPage", "%1 and %n other(s)", "", others)
        counted = fmt.plural_fallback(words, others)
        joined = fill(counted, ", ".join(names[:3]))
    elif len(names) > 1:
        joined = fill(
            QCoreApplication.translate("TodayPage", "%1 and %2"), ", ".join(names[:-1]), names[-1]
        )
    else:
        joined = names[0] if names else ""
    if group.partners:
        return fill(
            QCoreApplication.translate(
                "TodayPage", "%1 are partners and both would be good to see."
            ),
            joined,
        )
    if group.acquainted and len(names) == 2:
        sentence = QCoreApplication.translate("TodayPage", "%1 know each other and both like %2.")
    elif group.acquainted:
        sentence = QCoreApplication.translate("TodayPage", "%1 know each other and all like %2.")
    elif len(names) == 2:
        sentence = QCoreApplication.translate(
            "TodayPage", "%1 both like %2 and would be good to see."
        )
    else:
        sentence = QCoreApplication.translate(
            "TodayPage", "%1 all like %2 and would be good to see."
        )
    return fill(sentence, joined, group.interest)


def meetup_lines(meetups: Sequence[MeetupView], today: date) -> list[str]:
    lines = []
    locale = QLocale()
    for meetup in meetups:
        day = meetup.local_day
        if day is None:
            continue
        when = f"{fmt.day_and_month(day)} · {fmt.relative_day(day, today)}"
        if meetup.starts_at is not None:
            when += " · " + locale.toString(
                QTime(meetup.starts_at.hour, meetup.starts_at.minute),
                QLocale.FormatType.ShortFormat,
            )
        who = ", ".join(f'<a href="person:{p.id}">{escape(p.name)}</a>' for p in meetup.people[:5])
        more = len(meetup.people) - 5
        if more > 0:
            who += " " + escape(
                fill(QCoreApplication.translate("TodayPage", "and %1 more"), str(more))
            )
        lines.append(
            f"<b>{escape(meetup.title)}</b><br/>{escape(when)}" + (f"<br/>{who}" if who else "")
        )
    shown = lines[:MEETUPS_SHOWN]
    if len(lines) > MEETUPS_SHOWN:
        shown.append(
            escape(
                fill(
                    QCoreApplication.translate("TodayPage", "…and %1 more in Plans"),
                    locale.toString(len(lines) - MEETUPS_SHOWN),
                )
            )
        )
    return shown


def date_lines(dates: Sequence[ImportantDateView], today: date) -> list[str]:
    lines = []
    for day in dates[:DATES_SHOWN]:
        label = fmt.date_kind_label(day.kind, day.label)
        when = fmt.relative_day(day.next_on, today)
        turning = ""
        if day.turning:
            turning = " · " + fill(
                QCoreApplication.translate("TodayPage", "turns %1"), str(day.turning)
            )
        lines.append(
            f'<a href="person:{day.person.id}">{escape(day.person.name)}</a> — '
            f"{escape(label)}, {escape(fmt.day_and_month(day.next_on))} "
            f"({escape(when)}){escape(turning)}"
        )
    return lines


def follow_up_lines(follow_ups: Sequence[FollowUpView]) -> list[str]:
    return [
        f'<a href="person:{f.person.id}">{escape(f.person.name)}</a>: {escape(f.text)}'
        for f in follow_ups[:FOLLOW_UPS_SHOWN]
    ]
