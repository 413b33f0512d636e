"""Every phrase a reminder is made of, in English; the GUI subclasses it to translate.

The planner composes notifications from these methods only, so a translated subclass
(see kith.ui.reminders.wording) changes every word without touching the rules.
"""

from __future__ import annotations

from datetime import date, time


class Wording:
    # The digest ------------------------------------------------------------------------
    def people_to_see(self, count: int) -> str:
        return "1 person to see in person" if count == 1 else f"{count} people to see in person"

    def time_to_see(self, names: str) -> str:
        return f"Time to see {names}."

    def names_and_more(self, names: list[str], more: int) -> str:
        if more:
            return f"{', '.join(names)} and {more} more"
        if len(names) > 1:
            return f"{', '.join(names[:-1])} and {names[-1]}"
        return names[0] if names else ""

    def coming_up_title(self) -> str:
        return "Coming up this week"

    def coming_up(self, items: list[str], more: int) -> str:
        tail = f"; and {more} more" if more else ""
        return "Coming up: " + "; ".join(items) + tail + "."

    # Important dates --------------------------------------------------------------------
    def birthday(self, name: str) -> str:
        return f"{name}'s birthday"

    def anniversary(self, name: str, label: str) -> str:
        return f"{name}'s {label or 'anniversary'}"

    def yearly_date(self, name: str, label: str) -> str:
        return f"{name}: {label or 'a yearly date'}"

    def turns(self, age: int) -> str:
        return f" (turns {age})"

    def years(self, count: int) -> str:
        return f" ({count} year)" if count == 1 else f" ({count} years)"

    def dated(self, what: str, when: str) -> str:
        """ "Ana's birthday, tomorrow" """
        return f"{what}, {when}"

    def is_when(self, what: str, when: str) -> str:
        """The title of a date notice: "Ana's birthday is tomorrow"."""
        return f"{what} is {when}"

    def sentence(self, text: str) -> str:
        return f"{text}."

    def today(self) -> str:
        return "today"

    def tomorrow(self) -> str:
        return "tomorrow"

    def day(self, on: date) -> str:
        return f"{on:%A} {on.day} {on:%B}"

    def dates_title(self, count: int) -> str:
        return f"{count} important dates"

    def and_more(self, count: int) -> str:
        return f"And {count} more."

    # Meetups ----------------------------------------------------------------------------
    def clock(self, at: time) -> str:
        return f"{at:%H:%M}"

    def alarm(self, at: time | None, people: list[str], place: str) -> str:
        when = f"At {self.clock(at)}" if at is not None else "Today"
        with_whom = f" with {', '.join(people)}" if people else ""
        where = f" at {place}" if place else ""
        return f"{when}{with_whom}{where}."

    def remember(self, items: list[str]) -> str:
        return "Remember: " + "; ".join(items) + "."

    # Catching up ------------------------------------------------------------------------
    def while_closed(self, items: list[str]) -> str:
        return "While Kith was closed: " + "; ".join(items) + "."

    def away_title(self) -> str:
        return "While you were away"


ENGLISH = Wording()
