"""The phrases of reminders through Qt's translation, with days and times from QLocale."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kith.domain.placeholders import fill
from kith.domain.reminder_wording import Wording


class QtWording(Wording):
    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = locale or QLocale()

    def people_to_see(self, count: int) -> str:
        if count == 1:
            return QCoreApplication.translate("Reminders", "1 person to see in person")
        return QCoreApplication.translate("Reminders", "%n people to see in person", None, count)

    def time_to_see(self, names: str) -> str:
        return fill(QCoreApplication.translate("Reminders", "Time to see %1."), names)

    def names_and_more(self, names: list[str], more: int) -> str:
        separator = QCoreApplication.translate("Reminders", ", ")
        if more:
            return fill(
                QCoreApplication.translate("Reminders", "%1 and %n more", None, more),
                separator.join(names),
            )
        if len(names) > 1:
            return fill(
                QCoreApplication.translate("Reminders", "%1 and %2"),
                separator.join(names[:-1]),
                names[-1],
            )
        return names[0] if names else ""

    def coming_up_title(self) -> str:
        return QCoreApplication.translate("Reminders", "Coming up this week")

    def coming_up(self, items: list[str], more: int) -> str:
        listed = QCoreApplication.translate("Reminders", "; ").join(items)
        if more:
            return fill(
                QCoreApplication.translate("Reminders", "Coming up: %1; and %n more.", None, more),
                listed,
            )
        return fill(QCoreApplication.translate("Reminders", "Coming up: %1."), listed)

    def birthday(self, name: str) -> str:
        return fill(QCoreApplication.translate("Reminders", "%1's birthday"), name)

    def anniversary(self, name: str, label: str) -> str:
        if label:
            return fill(QCoreApplication.translate("Reminders", "%1's %2"), name, label)
        return fill(QCoreApplication.translate("Reminders", "%1's anniversary"), name)

    def yearly_date(self, name: str, label: str) -> str:
        return fill(
            QCoreApplication.translate("Reminders", "%1: %2"),
            name,
            label or QCoreApplication.translate("Reminders", "a yearly date"),
        )

    def turns(self, age: int) -> str:
        return QCoreApplication.translate("Reminders", " (turns %n)", None, age)

    def years(self, count: int) -> str:
        return QCoreApplication.translate("Reminders", " (%n years)", None, count)

    def dated(self, what: str, when: str) -> str:
        return fill(QCoreApplication.translate("Reminders", "%1, %2"), what, when)

    def is_when(self, what: str, when: str) -> str:
        return fill(QCoreApplication.translate("Reminders", "%1 is %2"), what, when)

    def sentence(self, text: str) -> str:
        return fill(QCoreApplication.translate("Reminders", "%1."), text)

    def today(self) -> str:
        return QCoreApplication.translate("Reminders", "today")

    def tomorrow(self) -> str:
        return QCoreApplication.translate("Reminders", "tomorrow")

    def day(self, on: date) -> str:
        return self._locale.toString(QDate(on.year, on.month, on.day), "dddd d MMMM")

    def dates_title(self, count: int) -> str:
        return QCoreApplication.translate("Reminders", "%n important dates", None, count)

    def and_more(self, count: int) -> str:
        return QCoreApplication.translate("Reminders", "And %n more.", None, count)

    def clock(self, at: time) -> str:
        return self._locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)

    def alarm(self, at: time | None, people: list[str], place: str) -> str:
        whom = QCoreApplication.translate("Reminders", ", ").join(people)
        if at is None:
            if people and place:
                return fill(
                    QCoreApplication.translate("Reminders", "Today with %1 at %2."), whom, place
                )
            if people:
                return fill(QCoreApplication.translate("Reminders", "Today with %1."), whom)
            return (
                fill(QCoreApplication.translate("Reminders", "Today at %1."), place)
                if place
                else QCoreApplication.translate("Reminders", "Today.")
            )
        clock = self.clock(at)
        if people and place:
            return fill(
                QCoreApplication.translate("Reminders", "At %1 with %2 at %3."), clock, whom, place
            )
        if people:
            return fill(QCoreApplication.translate("Reminders", "At %1 with %2."), clock, whom)
        if place:
            return fill(QCoreApplication.translate("Reminders", "At %1 at %2."), clock, place)
        return fill(QCoreApplication.translate("Reminders", "At %1."), clock)

    def remember(self, items: list[str]) -> str:
        return fill(
            QCoreApplication.translate("Reminders", "Remember: %1."),
            QCoreApplication.translate("Reminders", "; ").join(items),
        )

    def while_closed(self, items: list[str]) -> str:
        return fill(
            QCoreApplication.translate("Reminders", "While Kith was closed: %1."),
            QCoreApplication.translate("Reminders", "; ").join(items),
        )

    def away_title(self) -> str:
        return QCoreApplication.translate("Reminders", "While you were away")
