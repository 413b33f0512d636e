"""Printing for the CLI: human text by default, JSON with --json."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from kith.domain.priority import Reason, ReasonKind
from kith.domain.spans import Span, SpanUnit, rough_span
from kith.domain.tending import Tending
from kith.domain.values import Circle, TendingState

CIRCLE_NAMES = {
    Circle.INNER: "Inner circle",
    Circle.CLOSE: "Close",
    Circle.FRIENDS: "Friends",
    Circle.WIDER: "Wider circle",
    Circle.UNSORTED: "Not sorted yet",
}


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    print(text)


def ago(day: date | None, today: date) -> str:
    if day is None:
        return "never"
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 0:
        return f"in {-days} days"
    return f"{days} days ago"


def state_words(t: Tending) -> str:
    if t.state == TendingState.OVERDUE:
        return f"overdue by {t.days_overdue} days"
    if t.state == TendingState.DUE:
        return "due today" if t.days_overdue == 0 else f"due since {t.days_overdue} days"
    if t.state == TendingState.SOON:
        days = t.days_until_due or 0
        return "due tomorrow" if days == 1 else f"due in {days} days"
    if t.state == TendingState.NEVER_MET:
        return "not met in person yet"
    if t.state == TendingState.PLANNED:
        return "meetup planned"
    if t.state == TendingState.UNSORTED:
        return "not sorted into a circle yet"
    return "seen recently"


def table(rows: list[list[str]], indent: str = "  ") -> str:
    if not rows:
        return ""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append(indent + "  ".join(cells).rstrip())
    return "\n".join(lines)


def span_words(span: Span) -> str:
    """ "3 days", "a week and a half", "2 and a half months"."""
    unit = span.unit.value
    if span.half:
        return f"a {unit} and a half" if span.whole == 1 else f"{span.whole} and a half {unit}s"
    if span.unit == SpanUnit.DAY and span.whole == 0:
        return "less than a day"
    return f"{span.whole} {unit}" + ("" if span.whole == 1 else "s")


def reason_words(reason: Reason) -> str:
    """ "Inner circle · a week and a half since you met · someone you can lean on"."""
    parts = [CIRCLE_NAMES[reason.circle]]
    if reason.kind == ReasonKind.NEVER_MET or reason.days_since_met is None:
        parts.append("not met in person yet")
    elif reason.kind == ReasonKind.SOON:
        days = reason.days_until_due or 0
        parts.append("due tomorrow" if days == 1 else f"due in {days} days")
    else:
        parts.append(f"{span_words(rough_span(reason.days_since_met))} since you met")
    if reason.lean_on:
        parts.append("someone you can lean on")
    if reason.birthday_in_days is not None:
        days = reason.birthday_in_days
        parts.append(
            "birthday today"
            if days == 0
            else "birthday tomorrow"
            if days == 1
            else f"birthday in {days} days"
        )
    return " · ".join(parts)
