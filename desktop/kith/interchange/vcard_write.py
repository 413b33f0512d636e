"""Writing people as vCard 3.0 (widest support) or 4.0 (RFC 6350) text."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kith.domain.values import ContactKind, DateKind
from kith.interchange.card_dates import APPLE_OTHER, CardDate
from kith.interchange.card_relations import RelatedOut, relation_lines

VERSIONS = ("3.0", "4.0")
PRODID = "-//Kith//Kith contacts//EN"
_CARD_NAMESPACE = uuid.UUID("1b0e3c1e-5f7e-4a0a-8f56-3c9d7d0f4b21")
_TYPE_FOR_LABEL = {
    "mobile": "cell",
    "home": "home",
    "work": "work",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "other": "other",
}


@dataclass(frozen=True, slots=True)
class CardOut:
    uid: str
    name: str
    nickname: str | None = None
    contacts: tuple[tuple[ContactKind, str, str], ...] = ()
    """(kind, value, label)."""
    dates: tuple[CardDate, ...] = ()
    notes: str = ""
    organisation: str = ""
    related: tuple[RelatedOut, ...] = ()
    """The person's ties, each as what the other person is to them."""


def stable_card_uid(sync_id: str | None, person_id: int, created_at: str) -> str:
    """A UID for a person without one: the same every export, different for every person,
    and the same on every computer the person is synced to, since it is made from their
    sync id, never from a local row id. People made before sync ids were given the UID
    their exports had (made from the row id) as their own by migration 0009, so an address
    book holding an earlier export keeps one card of them. A row without a sync id yet
    (written by hand, given one at the next sync round) falls back to the row id."""
    if sync_id:
        return f"urn:uuid:{uuid.uuid5(_CARD_NAMESPACE, f'sync/{sync_id}')}"
    return f"urn:uuid:{uuid.uuid5(_CARD_NAMESPACE, f'{person_id}/{created_at}')}"


def escape(text: str) -> str:
    """A TEXT value (FN, NOTE, NICKNAME…): backslash, comma and newline escaped.

    A semicolon is left as it is: RFC 6350 (3.4) and RFC 2426 escape it only inside
    structured values, and readers such as ical.js show "\\;" in a plain text value as a
    backslash and a semicolon.
    """
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")  # a lone CR (old Mac text) would end the line for readers
        .replace("\n", "\\n")
    )


def escape_part(text: str) -> str:
    """One component of a structured value (N, ADR, ORG): a semicolon separates them."""
    return escape(text).replace(";", "\\;")


def fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 3.2)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    pieces: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += ch
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _split_name(name: str) -> tuple[str, str]:
    """(family, given) from a display name: the last word is taken as the family name."""
    words = name.split()
    if len(words) < 2:
        return "", name
    return words[-1], " ".join(words[:-1])


def _date(value: CardDate, version: str) -> tuple[str, str]:
    """(parameters, value) of a date property, with or without its year.

    4.0 has a year-less form of its own (`--MMDD`, RFC 6350 4.3.1). 3.0 has none, and
    `--MM-DD` is misread: Evolution, for one, reads only YYYY-MM-DD or YYYYMMDD and gets no
    day at all. So the year is written as Apple does, 1604 (a leap year, so 29 February
    survives) marked `X-APPLE-OMIT-YEAR=1604`: iOS, macOS and Google Contacts read a date
    without a year, and readers that do not know the mark (Evolution, Thunderbird) still
    read the right day and month.
    """
    month, day = value.month, value.day
    if value.year is None:
        if version == "4.0":
            return "", f"--{month:02d}{day:02d}"
        return ";X-APPLE-OMIT-YEAR=1604", f"1604-{month:02d}-{day:02d}"
    if version == "4.0":
        return "", f"{value.year:04d}{month:02d}{day:02d}"
    return "", f"{value.year:04d}-{month:02d}-{day:02d}"


def _date_lines(dates: Iterable[CardDate], version: str, groups: Iterator[int]) -> list[str]:
    """Every important date, each label grouped beside its date (see `card_dates`).

    A card holds one BDAY, and 4.0 one ANNIVERSARY: further anniversaries are written
    as X-ANNIVERSARY, which readers of either version take as an anniversary too.
    """
    lines: list[str] = []
    birthday_written = anniversary_written = False
    for when in dates:
        if when.kind == DateKind.BIRTHDAY:
            if birthday_written:
                continue
            birthday_written = True
            name = "BDAY"
        elif when.kind == DateKind.ANNIVERSARY:
            name = (
                "ANNIVERSARY" if version == "4.0" and not anniversary_written else "X-ANNIVERSARY"
            )
            anniversary_written = True
        else:
            name = "X-ABDATE"
        # A date of Kith's own kind without a label still needs Apple's group to be shown.
        label = when.label or (APPLE_OTHER if when.kind == DateKind.CUSTOM else "")
        group = f"item{next(groups)}." if label else ""
        params, value = _date(when, version)
        lines.append(f"{group}{name}{params}:{value}")
        if label:
            lines.append(f"{group}X-ABLabel:{escape(label)}")
    return lines


def _type_param(label: str, version: str, kind: ContactKind) -> str:
    if not label:
        return ""
    mapped = _TYPE_FOR_LABEL.get(label.casefold())
    if mapped is None:
        return ""
    if kind == ContactKind.EMAIL and mapped not in {"home", "work", "other"}:
        return ""
    if kind == ContactKind.ADDRESS and mapped not in {"home", "work", "other"}:
        return ""
    if kind == ContactKind.PHONE and version == "3.0" and mapped == "other":
        return ""
    return f";TYPE={mapped}"


def card_text(card: CardOut, version: str = "3.0") -> str:
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version} is not one Kith writes")
    family, given = _split_name(card.name)
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if version == "4.0":
        lines.append("KIND:individual")
    lines.append(f"PRODID:{PRODID}")
    lines.append(f"UID:{escape(card.uid)}")
    lines.append(f"FN:{escape(card.name)}")
    lines.append(f"N:{escape_part(family)};{escape_part(given)};;;")
    if card.nickname:
        lines.append(f"NICKNAME:{escape(card.nickname)}")
    if card.organisation:
        # ORG is structured (organisation;unit…): Kith's whole text is the first part.
        lines.append(f"ORG:{escape_part(card.organisation)}")
    groups = itertools.count(1)
    for kind, value, label in card.contacts:
        param = _type_param(label, version, kind)
        custom = label and not param
        group = f"item{next(groups)}." if custom else ""
        if kind == ContactKind.PHONE:
            lines.append(f"{group}TEL{param}:{escape(value)}")
        elif kind == ContactKind.EMAIL:
            lines.append(f"{group}EMAIL{param}:{escape(value)}")
        else:
            # Kith keeps an address as free text: it goes whole into the street part.
            lines.append(f"{group}ADR{param}:;;{escape_part(value)};;;;")
        if custom:
            lines.append(f"{group}X-ABLabel:{escape(label)}")
    lines.extend(_date_lines(card.dates, version, groups))
    lines.extend(relation_lines(card.related, version, groups, escape))
    if card.notes:
        lines.append(f"NOTE:{escape(card.notes)}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def cards_text(cards: Iterable[CardOut], version: str = "3.0") -> str:
    return "".join(card_text(card, version) for card in cards)
