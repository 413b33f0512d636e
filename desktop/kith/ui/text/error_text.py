"""Refusals from the domain and services, in the user's language.

The domain and services speak English (the command line prints their messages as they
are). The GUI shows the same refusals translated: each entry below matches one English
message form, with its variable parts as regex groups, and gives the translation with %1,
%2 … for those parts. A message not listed here is shown as it came, so a new refusal is
never hidden, only left in English until it is added.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kith.ui.text.placeholders import fill

# Field names the domain puts at the start of messages ("The notes is …", "Name cannot …");
# each source text is the domain's own words, so English reads exactly as before.
_FIELD_WORDS: dict[str, Callable[[], str]] = {
    "Name": lambda: QCoreApplication.translate("Errors", "Name"),
    "Nickname": lambda: QCoreApplication.translate("Errors", "Nickname"),
    "The notes": lambda: QCoreApplication.translate("Errors", "The notes"),
    "The note": lambda: QCoreApplication.translate("Errors", "The note"),
    "The place": lambda: QCoreApplication.translate("Errors", "The place"),
    "The address": lambda: QCoreApplication.translate("Errors", "The address"),
    "The label": lambda: QCoreApplication.translate("Errors", "The label"),
    "The follow-up": lambda: QCoreApplication.translate("Errors", "The follow-up"),
    "The title": lambda: QCoreApplication.translate("Errors", "The title"),
    "The phone": lambda: QCoreApplication.translate("Errors", "The phone"),
    "The email": lambda: QCoreApplication.translate("Errors", "The email"),
}
_FIELD_FIRST = ("cannot be empty", "characters long", "not valid text", "is too long")

_Entry = tuple["re.Pattern[str]", Callable[[], str]]

_MESSAGES: tuple[_Entry, ...] = tuple(
    (re.compile(pattern), translation)
    for pattern, translation in (
        (r"An interest cannot be empty\.",
         lambda: QCoreApplication.translate("Errors", "An interest cannot be empty.")),
        (r"(.+?) cannot be empty\.",
         lambda: QCoreApplication.translate("Errors", "%1 cannot be empty.")),
        (r"(.+?) is ([\d,]+) characters long; the limit is ([\d,]+)\.",
         lambda: QCoreApplication.translate(
             "Errors", "%1 is %2 characters long; the limit is %3.")),
        (r"(.+?) contains bytes that are not valid text \(not UTF-8\); retype it\.",
         lambda: QCoreApplication.translate(
             "Errors", "%1 contains bytes that are not valid text (not UTF-8); retype it.")),
        (r"(.+?) is too long\.",
         lambda: QCoreApplication.translate("Errors", "%1 is too long.")),
        (r"“(.*)” does not look like an e-mail address\.",
         lambda: QCoreApplication.translate(
             "Errors", "“%1” does not look like an e-mail address.")),
        (r"“(.*)” is not a date; write it as YYYY-MM-DD\.",
         lambda: QCoreApplication.translate(
             "Errors", "“%1” is not a date; write it as YYYY-MM-DD.")),
        (r"“(.*)” is not a date; write YYYY-MM-DD, or MM-DD without a year\.",
         lambda: QCoreApplication.translate(
             "Errors", "“%1” is not a date; write YYYY-MM-DD, or MM-DD without a year.")),
        (r"“(.*)” is not a time; write it as “YYYY-MM-DD HH:MM”\.",
         lambda: QCoreApplication.translate(
             "Errors", "“%1” is not a time; write it as “YYYY-MM-DD HH:MM”.")),
        (r"“(.*)” is not a time of day like 09:00\.",
         lambda: QCoreApplication.translate("Errors", "“%1” is not a time of day like 09:00.")),
        (r"“(.*)” is not a time of day\.",
         lambda: QCoreApplication.translate("Errors", "“%1” is not a time of day.")),
        (r"“(.*)” is not a time zone Kith knows\.",
         lambda: QCoreApplication.translate("Errors", "“%1” is not a time zone Kith knows.")),
        (r"(.+) is not a date that exists\.",
         lambda: QCoreApplication.translate("Errors", "%1 is not a date that exists.")),
        (r"(.+) is too long ago to log\.",
         lambda: QCoreApplication.translate("Errors", "%1 is too long ago to log.")),
        (r"(.+) does not exist in (.+): the clocks skip it\.",
         lambda: QCoreApplication.translate(
             "Errors", "%1 does not exist in %2: the clocks skip it.")),
        (r"The year (.+) is out of range\.",
         lambda: QCoreApplication.translate("Errors", "The year %1 is out of range.")),
        (r"A rhythm of (.+) days is outside (\d+)–(\d+) days\.",
         lambda: QCoreApplication.translate(
             "Errors", "A rhythm of %1 days is outside %2–%3 days.")),
        (r"The rhythm must be a whole number of days\.",
         lambda: QCoreApplication.translate(
             "Errors", "The rhythm must be a whole number of days.")),
        (r"The interest “(.*)…” is longer than (\d+) characters\.",
         lambda: QCoreApplication.translate(
             "Errors", "The interest “%1…” is longer than %2 characters.")),
        (r"A meetup needs a title\.",
         lambda: QCoreApplication.translate("Errors", "A meetup needs a title.")),
        (r"The meetup must end after it starts\.",
         lambda: QCoreApplication.translate("Errors", "The meetup must end after it starts.")),
        (r"A meetup cannot last more than 14 days\.",
         lambda: QCoreApplication.translate("Errors", "A meetup cannot last more than 14 days.")),
        (r"A meetup is either at a time or all day, not both\.",
         lambda: QCoreApplication.translate(
             "Errors", "A meetup is either at a time or all day, not both.")),
        (r"An all-day meetup lasts whole days\.",
         lambda: QCoreApplication.translate("Errors", "An all-day meetup lasts whole days.")),
        (r"A planned meetup needs a day; without one it stays an idea\.",
         lambda: QCoreApplication.translate(
             "Errors", "A planned meetup needs a day; without one it stays an idea.")),
        (r"A meetup cannot be completed in the future\.",
         lambda: QCoreApplication.translate(
             "Errors", "A meetup cannot be completed in the future.")),
        (r"An alarm can be set from 0 minutes to 4 weeks before\.",
         lambda: QCoreApplication.translate(
             "Errors", "An alarm can be set from 0 minutes to 4 weeks before.")),
        (r"This meetup is done; it can no longer change\.",
         lambda: QCoreApplication.translate(
             "Errors", "This meetup is done; it can no longer change.")),
        (r"This meetup is done already\.",
         lambda: QCoreApplication.translate("Errors", "This meetup is done already.")),
        (r"“(.*)” is already done\.",
         lambda: QCoreApplication.translate("Errors", "“%1” is already done.")),
        (r"“(.*)” was cancelled; reopen it first\.",
         lambda: QCoreApplication.translate("Errors", "“%1” was cancelled; reopen it first.")),
        (r"“(.*)” has nobody in it to log\.",
         lambda: QCoreApplication.translate("Errors", "“%1” has nobody in it to log.")),
        (r"“(.*)” has no day yet, so it cannot go into a calendar\.",
         lambda: QCoreApplication.translate(
             "Errors", "“%1” has no day yet, so it cannot go into a calendar.")),
        (r"An interaction needs at least one person\.",
         lambda: QCoreApplication.translate(
             "Errors", "An interaction needs at least one person.")),
        (r"An interaction cannot be logged in the future; plan a meetup instead\.",
         lambda: QCoreApplication.translate(
             "Errors", "An interaction cannot be logged in the future; plan a meetup instead.")),
        (r"A follow-up needs some words\.",
         lambda: QCoreApplication.translate("Errors", "A follow-up needs some words.")),
        (r"A snooze must end today or later\.",
         lambda: QCoreApplication.translate("Errors", "A snooze must end today or later.")),
        (r"There is no person (#?.+)\.",
         lambda: QCoreApplication.translate("Errors", "There is no person %1.")),
        (r"There is no meetup #(\d+)\.",
         lambda: QCoreApplication.translate("Errors", "There is no meetup #%1.")),
        (r"There is no interaction #(\d+)\.",
         lambda: QCoreApplication.translate("Errors", "There is no interaction #%1.")),
        (r"There is no follow-up #(\d+)\.",
         lambda: QCoreApplication.translate("Errors", "There is no follow-up #%1.")),
        (r"There is no date #(\d+)\.",
         lambda: QCoreApplication.translate("Errors", "There is no date #%1.")),
        (r"There is no file (.+)\.",
         lambda: QCoreApplication.translate("Errors", "There is no file %1.")),
        (r"Cannot read (.+): (.+)\.",
         lambda: QCoreApplication.translate("Errors", "Cannot read %1: %2.")),
        (r"(.+) is a folder, not a vCard file\.",
         lambda: QCoreApplication.translate("Errors", "%1 is a folder, not a vCard file.")),
        (r"Cannot write the live calendar (.+): (.+)\.",
         lambda: QCoreApplication.translate("Errors", "Cannot write the live calendar %1: %2.")),
        (r"There is nobody to export\.",
         lambda: QCoreApplication.translate("Errors", "There is nobody to export.")),
        (r"There are no meetups to export\.?",
         lambda: QCoreApplication.translate("Errors", "There are no meetups to export")),
        (r"(.+) is in use by another program; close it and try again\.",
         lambda: QCoreApplication.translate(
             "Errors", "%1 is in use by another program; close it and try again.")),
        # Why a card of an imported vCard file was skipped
        (r"it has no name \(no FN, N or ORG\)",
         lambda: QCoreApplication.translate("Errors", "it has no name (no FN, N or ORG)")),
        (r"“(.*)” is not an e-mail address; left out",
         lambda: QCoreApplication.translate(
             "Errors", "“%1” is not an e-mail address; left out")),
        (r"the birthday (.+) is not a date that exists; left out",
         lambda: QCoreApplication.translate(
             "Errors", "the birthday %1 is not a date that exists; left out")),
        (r"the anniversary (.+) is not a date that exists; left out",
         lambda: QCoreApplication.translate(
             "Errors", "the anniversary %1 is not a date that exists; left out")),
        (r"the birthday “(.*)” is not a date; left out",
         lambda: QCoreApplication.translate("Errors", "the birthday “%1” is not a date; left out")),
        (r"the anniversary “(.*)” is not a date; left out",
         lambda: QCoreApplication.translate(
             "Errors", "the anniversary “%1” is not a date; left out")),
        (r"it is cut off: no END:VCARD before the next card",
         lambda: QCoreApplication.translate(
             "Errors", "it is cut off: no END:VCARD before the next card")),
        (r"it is cut off: the file ends before END:VCARD",
         lambda: QCoreApplication.translate(
             "Errors", "it is cut off: the file ends before END:VCARD")),
        (r"line (\d+) is not a vCard property: “(.*)”",
         lambda: QCoreApplication.translate(
             "Errors", "line %1 is not a vCard property: “%2”")),
        (r"line (\d+) \((.*)\) is ([\d,]+) characters long",
         lambda: QCoreApplication.translate("Errors", "line %1 (%2) is %3 characters long")),
        (r"line (\d+) \((.*)\) is not valid (.+) data",
         lambda: QCoreApplication.translate("Errors", "line %1 (%2) is not valid %3 data")),
        # Reminder channels (NotifyError), shown by Settings → “Send a test reminder”.
        (r"there is no system tray",
         lambda: QCoreApplication.translate("Errors", "there is no system tray")),
        (r"the system tray cannot show messages",
         lambda: QCoreApplication.translate("Errors", "the system tray cannot show messages")),
        (r"the window is closed",
         lambda: QCoreApplication.translate("Errors", "the window is closed")),
    )
)  # fmt: skip


def explain(message: str | BaseException) -> str:
    """The message in the user's language when it is a known form, else as it came."""
    text = str(getattr(message, "message", message)).strip()
    for pattern, translation in _MESSAGES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = [part or "" for part in match.groups()]
        if parts and any(marker in pattern.pattern for marker in _FIELD_FIRST):
            word = _FIELD_WORDS.get(parts[0])
            parts[0] = word() if word else parts[0]
        return fill(translation(), *parts)
    return text


__all__ = ["explain"]
