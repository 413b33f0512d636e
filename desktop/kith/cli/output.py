"""Printing for the CLI: human text by default, JSON with --json."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from kith.domain.tending import Tending
from kith.domain.values import TendingState


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
