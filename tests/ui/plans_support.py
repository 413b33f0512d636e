"""Helpers for the Plans and map tests: answering message boxes, making test data.

Plain functions, not fixtures, so they sit beside any shared conftest without clashing.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput


def answer_next_box(button_text: str) -> list[str]:
    """Click the button so labelled in the next message box; returns a list that then
    holds what the box said, so a test can check what was asked."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        labels = [b.text() for b in box.buttons()]
        raise AssertionError(f"no button “{button_text}” in {labels}")

    QTimer.singleShot(0, click)
    return seen


def add_person(
    services: Services, name: str, circle: Circle = Circle.FRIENDS, interests: tuple[str, ...] = ()
) -> int:
    return services.people.add(PersonInput(name=name, circle=circle, interests=interests)).id


def plan(
    services: Services,
    title: str,
    person_ids: tuple[int, ...],
    at: datetime | None = None,
    on_day: date | None = None,
) -> int:
    return services.meetups.plan(
        MeetupInput(
            title=title,
            person_ids=person_ids,
            starts_at=at,
            on_day=on_day,
            duration_minutes=24 * 60 if on_day else 120,
        )
    ).id
