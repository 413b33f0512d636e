"""Reading vCard 2.1, 3.0 and 4.0 files as phones and programs really write them.

vobject splits the file into logical lines (unfolding, quoted-printable soft breaks)
and each line into group, name, parameters and value; decoding the values is done
here, the same way for every version, so 2.1's quoted-printable and charsets, 3.0's
escapes and 4.0's URIs all end up as plain text. One bad card is reported with its
position and skipped; it never spoils the others.
"""

from __future__ import annotations

import base64
import binascii
import io
import quopri
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, Refusal, ValidationError
from kith.domain.values import ContactKind, DateKind
from kith.interchange import card_dates
from kith.interchange.card_dates import CardDate
from kith.interchange.errors import FileRefused, Remark
from kith.interchange.text_file import decode_text

MAX_LINE = 1_000_000
_BINARY_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY"}
_YEAR_UNKNOWN = {0, 1604}  # Apple writes 1604 for "no year"
_LABELS = (
    ("mobile", {"cell", "mobile", "iphone"}),
    ("home", {"home"}),
    ("work", {"work"}),
    ("fax", {"fax"}),
    ("pager", {"pager"}),
    ("main", {"main"}),
    ("other", {"other"}),
)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
_DATED = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")

Progress = Callable[[int, int], None]
"""(cards read, cards in the file)."""


@dataclass(frozen=True, slots=True)
class CardContact:
    kind: ContactKind
    value: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class ContactCard:
    """One readable card, already cleaned by the rules Kith applies to every person."""

    position: int
    line: int
    name: str
    nickname: str | None = None
    uid: str | None = None
    contacts: tuple[CardContact, ...] = ()
    birthday: tuple[int | None, int, int] | None = None
    anniversary: tuple[int | None, int, int] | None = None
    notes: str = ""
    remarks: tuple[KithError, ...] = ()
    """Small things left out (an e-mail that is no address, a date not understood)."""
    organisation: str = ""
    """The ORG's first part, as written; a colleague's card has one too."""
    is_organisation: bool = False
    """The card says it describes an organisation, not a person (see `_describes_organisation`)."""
    dates: tuple[CardDate, ...] = ()
    """Every important date with its kind and label: the birthday and anniversary above, and
    more anniversaries and other dates (see `card_dates`)."""


@dataclass(frozen=True, slots=True)
class CardProblem:
    position: int
    line: int
    reason: KithError
    name: str | None = None

    def describe(self) -> str:
        who = f" ({self.name})" if self.name else ""
        return f"Card {self.position}{who}, line {self.line}: {self.reason.message}"


@dataclass
class CardFile:
    cards: list[ContactCard] = field(default_factory=list)
    problems: list[CardProblem] = field(default_factory=list)
    notices: list[KithError] = field(default_factory=list)
    photos_left_out: int = 0


@dataclass
class _Property:
    name: str
    group: str | None
    value: str
    types: list[str]
    value_type: str


@dataclass
class _RawCard:
    position: int
    line: int
    properties: list[_Property] = field(default_factory=list)
    error: CardError | None = None
    photos: int = 0


class CardError(Refusal):
    """A card that cannot be used; the message names the problem."""


# --- values --------------------------------------------------------------------------


def split_escaped(value: str, separator: str) -> list[str]:
    """Split on separators not escaped with a backslash, unescaping each part."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append("\n" if nxt in "nN" else nxt)
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    return split_escaped(value, "\x00")[0] if "\\" in value else value


def _decode_qp(value: str, charset: str | None) -> str:
    raw = quopri.decodestring(value.encode("utf-8"))
    for encoding in (charset, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def parse_card_date(value: str, omit_year: str | None = None) -> tuple[int | None, int, int]:
    """BDAY and ANNIVERSARY as written by every source: --0415, --04-15, 19850415, ..."""
    text = value.strip()
    yearless = _YEARLESS.match(text)
    if yearless:
        month, day = int(yearless.group(1)), int(yearless.group(2))
        v.check_month_day(month, day, None)
        return None, month, day
    dated = _DATED.match(text)
    if not dated:
        raise ValidationError(
            "date", QT_TRANSLATE_NOOP("Errors", "“%1” is not a date"), text[:40], code="card.date"
        )
    year: int | None = int(dated.group(1))
    month, day = int(dated.group(2)), int(dated.group(3))
    if year in _YEAR_UNKNOWN or (omit_year is not None and omit_year.strip() == str(year)):
        year = None
    v.check_month_day(month, day, year)
    return year, month, day


def _label(prop: _Property, apple_labels: dict[str, str]) -> str:
    if prop.group and prop.group in apple_labels:
        custom = apple_labels[prop.group]
        match = _APPLE_LABEL.match(custom)
        return (match.group(1) if match else custom).strip().lower()[:60]
    found = [label for label, names in _LABELS if names & set(prop.types)]
    return " ".join(found)[:60]


# --- lines into raw cards ------------------------------------------------------------


def _params(raw: list[list[str]]) -> tuple[list[str], str | None, str | None, str, str | None]:
    types: list[str] = []
    encoding = charset = omit_year = None
    value_type = ""
    for param in raw:
        if len(param) == 1:
            word = param[0].strip().upper()
            if word in {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}:
                encoding = word
            else:
                types.append(word.lower())
            continue
        key = param[0].strip().upper()
        values = [x for x in param[1:] if x is not None]
        if key == "TYPE":
            for item in values:
                types.extend(t.strip().lower() for t in item.split(",") if t.strip())
        elif key == "ENCODING" and values:
            encoding = values[0].strip().upper()
        elif key == "CHARSET" and values:
            charset = values[0].strip()
        elif key == "VALUE" and values:
            value_type = values[0].strip().lower()
        elif key == "X-APPLE-OMIT-YEAR" and values:
            omit_year = values[0]
    return types, encoding, charset, value_type, omit_year


def _raw_cards(text: str) -> Iterator[_RawCard]:
    from vobject.base import ParseError, getLogicalLines, parseLine

    card: _RawCard | None = None
    position = 0
    for line, number in getLogicalLines(io.StringIO(text), True):
        number = max(number, 1)
        head = line[:200]
        name_part = re.split(r"[;:]", head, maxsplit=1)[0].strip().upper()
        bare_name = name_part.rsplit(".", 1)[-1]
        if bare_name == "BEGIN" and head.split(":", 1)[-1].strip().upper() == "VCARD":
            if card is not None:
                card.error = card.error or CardError(
                    QT_TRANSLATE_NOOP("Errors", "it is cut off: no END:VCARD before the next card"),
                    code="card.cut_off",
                )
                yield card
            position += 1
            card = _RawCard(position, number)
            continue
        if card is None:
            continue
        if bare_name == "END" and head.split(":", 1)[-1].strip().upper() == "VCARD":
            yield card
            card = None
            continue
        if card.error:
            continue
        if bare_name in _BINARY_PROPERTIES:
            card.photos += 1
            continue
        if len(line) > MAX_LINE:
            card.error = CardError(
                QT_TRANSLATE_NOOP("Errors", "line %1 (%2) is %3 characters long"),
                str(number),
                bare_name or "unnamed",
                len(line),
                code="card.line.too_long",
            )
            continue
        try:
            prop_name, raw_params, value, group = parseLine(line, number)
        except ParseError:
            card.error = CardError(
                QT_TRANSLATE_NOOP("Errors", "line %1 is not a vCard property: “%2”"),
                str(number),
                line[:40],
                code="card.line.malformed",
            )
            continue
        types, encoding, charset, value_type, omit_year = _params(raw_params)
        try:
            if encoding == "QUOTED-PRINTABLE":
                value = _decode_qp(value, charset)
            elif encoding in {"B", "BASE64"}:
                value = base64.b64decode(value, validate=False).decode(charset or "utf-8")
        except (binascii.Error, ValueError):
            card.error = CardError(
                QT_TRANSLATE_NOOP("Errors", "line %1 (%2) is not valid %3 data"),
                str(number),
                prop_name,
                encoding or "",
                code="card.line.encoding",
            )
            continue
        if omit_year is not None:
            types.append(f"omit-year={omit_year}")
        card.properties.append(_Property(prop_name.upper(), group, value, types, value_type))
    if card is not None:
        card.error = card.error or CardError(
            QT_TRANSLATE_NOOP("Errors", "it is cut off: the file ends before END:VCARD"),
            code="card.cut_off",
        )
        yield card


# --- raw cards into contact cards ----------------------------------------------------


def _name(props: dict[str, list[_Property]]) -> str:
    for prop in props.get("FN", []):
        name = unescape(prop.value).strip()
        if name:
            return name
    for prop in props.get("N", []):
        parts = [p.replace(",", " ").strip() for p in split_escaped(prop.value, ";")]
        parts += [""] * (5 - len(parts))
        family, given, additional, prefix, suffix = parts[:5]
        name = " ".join(p for p in (prefix, given, additional, family, suffix) if p)
        if name:
            return name
    for prop in props.get("ORG", []):
        org = split_escaped(prop.value, ";")[0].strip()
        if org:
            return org
    raise CardError(
        QT_TRANSLATE_NOOP("Errors", "it has no name (no FN, N or ORG)"), code="card.no_name"
    )


def _organisation(props: dict[str, list[_Property]]) -> str:
    for prop in props.get("ORG", []):
        org = " ".join(split_escaped(prop.value, ";")[0].split())
        if org:
            return org
    return ""


def _describes_organisation(props: dict[str, list[_Property]], organisation: str) -> bool:
    """What the card itself says, never a guess from its words ("Pizza", "Bank").

    vCard 4.0's KIND:org, Apple's X-ABShowAs:COMPANY, or an ORG with no personal name:
    no given or family name in N, and no FN or one that only repeats the ORG. A card
    that says KIND:individual is a person, whatever else it holds.
    """
    kinds = {unescape(p.value).strip().lower() for p in props.get("KIND", [])}
    if "org" in kinds:
        return True
    if "individual" in kinds:
        return False
    if any(unescape(p.value).strip().upper() == "COMPANY" for p in props.get("X-ABSHOWAS", [])):
        return True
    if not organisation:
        return False
    for prop in props.get("N", []):
        parts = split_escaped(prop.value, ";")
        if any(part.strip() for part in parts[:2]):
            return False
    names = [" ".join(unescape(p.value).split()) for p in props.get("FN", [])]
    names = [name for name in names if name]
    return not names or all(name.casefold() == organisation.casefold() for name in names)


def _address(prop: _Property) -> str:
    parts = [p.strip() for p in split_escaped(prop.value, ";")]
    parts += [""] * (7 - len(parts))
    pobox, extended, street, city, region, code, country = parts[:7]
    town = " ".join(p for p in (code, city) if p)
    lines = [street, extended, pobox, ", ".join(p for p in (town, region) if p), country]
    return "\n".join(line for line in lines if line)


def _card(raw: _RawCard) -> ContactCard:
    if raw.error:
        raise raw.error
    props: dict[str, list[_Property]] = {}
    for prop in raw.properties:
        props.setdefault(prop.name, []).append(prop)
    apple_labels = {p.group: unescape(p.value) for p in props.get("X-ABLABEL", []) if p.group}
    remarks: list[KithError] = []
    try:
        name = v.clean_name(_name(props))
    except ValidationError as exc:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the name is refused: %1"), exc, code="card.name"
        ) from None
    nickname = None
    for prop in props.get("NICKNAME", []):
        first = split_escaped(prop.value, ",")[0].strip()
        if first:
            try:
                nickname = v.clean_optional_name(first, "nickname")
            except ValidationError as exc:
                remarks.append(exc)
            break
    contacts: list[CardContact] = []
    for prop in props.get("TEL", []):
        number = unescape(prop.value).strip().removeprefix("tel:").strip()
        if number:
            contacts.append(
                CardContact(
                    ContactKind.PHONE, " ".join(number.split())[:200], _label(prop, apple_labels)
                )
            )
    for prop in props.get("EMAIL", []):
        address = unescape(prop.value).strip().removeprefix("mailto:").strip()
        if not address:
            continue
        if "@" not in address or len(address) > 320:
            remarks.append(
                Remark(
                    QT_TRANSLATE_NOOP("Errors", "“%1” is not an e-mail address; left out"),
                    address[:40],
                    code="card.email.left_out",
                )
            )
            continue
        contacts.append(CardContact(ContactKind.EMAIL, address, _label(prop, apple_labels)))
    for prop in props.get("ADR", []):
        address = _address(prop)
        if address:
            try:
                contacts.append(
                    CardContact(
                        ContactKind.ADDRESS,
                        v.clean_note(address, "address"),
                        _label(prop, apple_labels),
                    )
                )
            except ValidationError as exc:
                remarks.append(exc)
    dates: dict[str, tuple[int | None, int, int] | None] = {"BDAY": None, "ANNIVERSARY": None}
    for key, names in (("BDAY", ("BDAY",)), ("ANNIVERSARY", ("ANNIVERSARY", "X-ANNIVERSARY"))):
        for prop_name in names:
            for prop in props.get(prop_name, []):
                if dates[key] is not None:
                    continue
                omit = next(
                    (t.split("=", 1)[1] for t in prop.types if t.startswith("omit-year=")), None
                )
                try:
                    dates[key] = parse_card_date(unescape(prop.value), omit)
                except ValidationError as exc:
                    remarks.append(_date_left_out(key, exc))
    notes = "\n\n".join(unescape(p.value).strip() for p in props.get("NOTE", []) if p.value.strip())
    try:
        notes = v.clean_note(notes, "note")
    except ValidationError as exc:
        raise CardError(exc.template, *exc.values, code=exc.code) from None
    uid = None
    for prop in props.get("UID", []):
        text = unescape(prop.value).strip()
        if text:
            uid = text[:255]
            break
    organisation = _organisation(props)
    all_dates = _dates(props, apple_labels, remarks)
    return ContactCard(
        position=raw.position,
        line=raw.line,
        name=name,
        nickname=nickname,
        uid=uid,
        contacts=tuple(contacts),
        birthday=dates["BDAY"],
        anniversary=dates["ANNIVERSARY"],
        notes=notes,
        remarks=tuple(remarks),
        organisation=organisation,
        is_organisation=_describes_organisation(props, organisation),
        dates=all_dates,
    )


def _dates(
    props: dict[str, list[_Property]], apple_labels: dict[str, str], remarks: list[KithError]
) -> tuple[CardDate, ...]:
    """Every date on the card with its label, the first birthday only (a person has one).

    A BDAY or ANNIVERSARY not understood already has its remark; only other dates add one.
    """
    found: list[CardDate] = []
    names = (
        card_dates.BIRTHDAY_PROPERTIES
        + card_dates.ANNIVERSARY_PROPERTIES
        + card_dates.OTHER_DATE_PROPERTIES
    )
    for prop_name in names:
        for prop in props.get(prop_name, []):
            omit = next(
                (t.split("=", 1)[1] for t in prop.types if t.startswith("omit-year=")), None
            )
            try:
                year, month, day = parse_card_date(unescape(prop.value), omit)
            except ValidationError:
                if prop_name in card_dates.OTHER_DATE_PROPERTIES:
                    remarks.append(
                        Remark(
                            QT_TRANSLATE_NOOP("Errors", "the date “%1” is not a date; left out"),
                            unescape(prop.value).strip()[:40],
                            code="card.date.left_out",
                        )
                    )
                continue
            label = apple_labels.get(prop.group, "") if prop.group else ""
            kind, text = card_dates.read_date_label(prop_name, label)
            if kind == DateKind.BIRTHDAY and any(d.kind == kind for d in found):
                continue
            when = CardDate(kind, year, month, day, text)
            if when not in found:
                found.append(when)
    return tuple(found)


# Whole sentences per date and reason: (property, the date refusal's code) → remark.
_DATE_LEFT_OUT = {
    ("BDAY", "date.nonexistent"): QT_TRANSLATE_NOOP(
        "Errors", "the birthday %1 is not a date that exists; left out"
    ),
    ("BDAY", "card.date"): QT_TRANSLATE_NOOP("Errors", "the birthday “%1” is not a date; left out"),
    ("BDAY", ""): QT_TRANSLATE_NOOP("Errors", "the birthday is not a date that exists; left out"),
    ("ANNIVERSARY", "date.nonexistent"): QT_TRANSLATE_NOOP(
        "Errors", "the anniversary %1 is not a date that exists; left out"
    ),
    ("ANNIVERSARY", "card.date"): QT_TRANSLATE_NOOP(
        "Errors", "the anniversary “%1” is not a date; left out"
    ),
    ("ANNIVERSARY", ""): QT_TRANSLATE_NOOP(
        "Errors", "the anniversary is not a date that exists; left out"
    ),
}


def _date_left_out(key: str, refused: ValidationError) -> Remark:
    """A birthday or anniversary not understood: the card is kept without it."""
    template = _DATE_LEFT_OUT.get((key, refused.code))
    if template is None:  # a month or year out of range: the date as a whole is named
        return Remark(_DATE_LEFT_OUT[key, ""], code=f"card.{key.lower()}.left_out")
    return Remark(template, *refused.values, code=f"card.{key.lower()}.left_out")


def _guess_name(raw: _RawCard) -> str | None:
    for prop in raw.properties:
        if prop.name == "FN" and prop.value.strip():
            return unescape(prop.value).strip()[:60]
    return None


def read_vcards(data: bytes, progress: Progress | None = None) -> CardFile:
    """Every card in the file: the good ones, and each bad one with its problem.

    Raises FileRefused when the file is not text or holds no vCard at all.
    """
    text, notices = decode_text(data, "contacts")
    if "BEGIN:VCARD" not in text.upper():
        raise FileRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is not a vCard file: it has no BEGIN:VCARD, so it holds no contacts.",
            ),
            code="vcard.no_begin",
        )
    # Old Mac programs end lines with CR alone; the line reader splits on LF only.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    result = CardFile(notices=notices)
    total = max(
        1,
        len(
            re.findall(
                r"^[ \t]*(?:[\w-]+\.)?BEGIN[ \t]*:[ \t]*VCARD", text, re.IGNORECASE | re.MULTILINE
            )
        ),
    )
    for raw in _raw_cards(text):
        result.photos_left_out += raw.photos
        try:
            result.cards.append(_card(raw))
        except CardError as exc:
            result.problems.append(CardProblem(raw.position, raw.line, exc, _guess_name(raw)))
        if progress is not None:
            progress(min(raw.position, total), total)
    if not result.cards and not result.problems:
        raise FileRefused(
            QT_TRANSLATE_NOOP("Errors", "This is not a vCard file: it has no complete card."),
            code="vcard.no_card",
        )
    return result
