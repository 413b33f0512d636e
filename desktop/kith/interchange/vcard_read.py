"""Reading vCard 2.1, 3.0 and 4.0 files as phones and programs really write them.

The file is read as bytes (`vcard_lines`) and each property's value is decoded with
its own `CHARSET`, else the file's character set (declared, UTF-8, or guessed), so one
file may mix them. Decoding is done here the same way for every version, so 2.1's
quoted-printable and literal backslashes, 3.0's escapes and 4.0's URIs all end up as
plain text. A property that cannot be read is left out with a remark and the rest of
its card kept; one bad card is reported with its position and never spoils the others.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, Refusal, ValidationError
from kith.domain.values import ContactKind, DateKind
from kith.interchange import card_dates, charsets
from kith.interchange.card_dates import CardDate
from kith.interchange.card_relations import CardRelation, related_4, related_apple
from kith.interchange.errors import FileRefused, Remark
from kith.interchange.text_file import check_size, decode_utf16, refuse_binary, utf16_codec
from kith.interchange.vcard_lines import LogicalLine, logical_lines

MAX_LINE = 1_000_000
_MAX_HEAD = 4000  # a property's name and parameters: real ones are under 300 bytes
_MAX_REMARKS = 20
_GUESS_SAMPLE = 1_000_000
_PICTURES = {"PHOTO", "LOGO", "X-MS-CARDPICTURE"}
_BINARY_PROPERTIES = _PICTURES | {"SOUND", "KEY"}
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
# "Omega" <omega@example.org> and Omega <omega@example.org>: the address is what is kept.
_NAMED_ADDRESS = re.compile(r'^\s*"?([^"<>]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$')
_EAST_ASIAN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_WHITESPACE = re.compile(rb"\s+")
_CARD_COUNT = re.compile(rb"^[ \t]*(?:[\w-]+\.)?BEGIN[ \t]*:[ \t]*VCARD", re.I | re.M)

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
    nameless: bool = False
    """The card has no name: `name` is its e-mail or phone, so it is not ticked by default."""
    unreadable_characters: bool = False
    """Some bytes did not fit the character set and are shown as U+FFFD (see `remarks`)."""
    related: tuple[CardRelation, ...] = ()
    """The people the card says its person is related to (see `card_relations`)."""


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
    encoding: str = "utf-8"
    """The character set of values without a CHARSET of their own (Python's name)."""
    encoding_detected: bool = False
    """The file does not say its character set and is not UTF-8: `encoding` is a guess."""
    encoding_chosen: bool = False
    """`encoding` is the one the user asked for."""


@dataclass
class _Property:
    name: str
    group: str | None
    value: str
    types: list[str]
    value_type: str


@dataclass
class _RawProperty:
    number: int
    name: str
    group: str | None
    raw: bytes
    types: list[str]
    encoding: str | None
    charset: str | None
    value_type: str


@dataclass
class _RawCard:
    position: int
    line: int
    raw: list[_RawProperty] = field(default_factory=list)
    properties: list[_Property] = field(default_factory=list)
    error: CardError | None = None
    photos: int = 0
    legacy: bool = False
    """vCard 2.1: a backslash is itself, except before `;` in structured values."""
    remarks: list[KithError] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    """Properties whose bytes did not all fit their character set."""

    def remark(self, remark: KithError) -> None:
        # A broken file can repeat one fault thousands of times; the first ones tell it.
        if len(self.remarks) < _MAX_REMARKS:
            self.remarks.append(remark)


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


_LEGACY_BACKSLASH = re.compile(r"\\(?!;)")


def _as_escaped(value: str) -> str:
    """A 2.1 value in 3.0's escaping: its backslashes are literal except `\\;`."""
    return _LEGACY_BACKSLASH.sub(r"\\\\", value) if "\\" in value else value


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


# --- one line into a property --------------------------------------------------------


def _split_unquoted(text: str, separator: str) -> list[str]:
    """Split where `separator` is outside double quotes (LABEL="a;b:c")."""
    if '"' not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _colon(line: bytes) -> int:
    """Where the value starts: the first colon outside a quoted parameter, or -1."""
    at = line.find(b":")
    if at < 0 or b'"' not in line[:at]:
        return at
    quoted = False
    for index, byte in enumerate(line[:_MAX_HEAD]):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return index
    return at  # an unclosed quote: the first colon is the best guess


_PROPERTY_NAME = re.compile(r"[A-Za-z0-9_/-]+")
_PARAM_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _property(line: LogicalLine, card: _RawCard) -> _RawProperty | None:
    """The line as a property, or None (with a remark naming it) when it is not one."""
    text = line.text
    colon = _colon(text)
    if colon > _MAX_HEAD:
        colon = -1
    head = text[: max(colon, 0)].decode("latin-1")
    items = _split_unquoted(head, ";") if colon > 0 else [""]
    group, _, name = items[0].strip().rpartition(".")
    if colon <= 0 or not _PROPERTY_NAME.fullmatch(name):
        shown = text[:40].decode("utf-8", "replace")
        card.remark(
            Remark(
                QT_TRANSLATE_NOOP("Errors", "line %1 is not a vCard property (“%2”); left out"),
                str(line.number),
                _printable(shown),
                code="card.property.malformed",
            )
        )
        return None
    prop = _RawProperty(
        line.number, name.upper(), group or None, text[colon + 1 :], [], None, None, ""
    )
    for item in items[1:]:
        _parameter(item, prop, card)
    return prop


def _parameter(item: str, prop: _RawProperty, card: _RawCard) -> None:
    key, equals, raw_value = item.partition("=")
    key = key.strip().upper()
    # TYPE="cell,voice" is a list in quotes; LABEL="a, b" one value that has commas.
    if key.strip().upper() == "TYPE":
        values = [x.strip() for x in raw_value.replace('"', "").split(",")]
    else:
        values = [raw_value.strip().strip('"')] if equals else []
    values = [x for x in values if x]
    if not item.strip():
        card.remark(
            Remark(
                QT_TRANSLATE_NOOP("Errors", "line %1 (%2) has an empty parameter; it was ignored"),
                str(prop.number),
                prop.name,
                code="card.parameter.empty",
            )
        )
        return
    if not key or not _PARAM_KEY.fullmatch(key) or (equals and not values and key != "TYPE"):
        card.remark(
            Remark(
                QT_TRANSLATE_NOOP(
                    "Errors", "line %1 (%2) has a parameter that is not one (“%3”); it was ignored"
                ),
                str(prop.number),
                prop.name,
                _from_head(item[:40]),
                code="card.parameter.unreadable",
            )
        )
        return
    if not equals:  # vCard 2.1 writes bare words: TEL;CELL;QUOTED-PRINTABLE
        if key in {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}:
            prop.encoding = key
        else:
            prop.types.append(key.lower())
    elif key == "TYPE":
        prop.types.extend(t.lower() for t in values)
    elif key == "ENCODING":
        prop.encoding = values[0].upper()
    elif key == "CHARSET":
        prop.charset = values[0]
    elif key == "VALUE":
        prop.value_type = values[0].lower()
    elif key == "X-APPLE-OMIT-YEAR":
        prop.types.append(f"omit-year={values[0]}")


def _printable(text: str) -> str:
    """Text from a broken line, safe in a one-line message."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _from_head(text: str) -> str:
    """A parameter as written (the head is read byte for byte), for a message."""
    return _printable(text.encode("latin-1").decode("utf-8", "replace"))


# --- decoding a value ----------------------------------------------------------------


def _decode(prop: _RawProperty, file_codec: str, card: _RawCard) -> str | None:
    """The value as text, or None (with a remark) when its encoding is broken."""
    raw = prop.raw
    if prop.encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(raw)
    elif prop.encoding in {"B", "BASE64"}:
        try:
            raw = base64.b64decode(_WHITESPACE.sub(b"", raw), validate=True)
        except (binascii.Error, ValueError):
            card.remark(
                Remark(
                    QT_TRANSLATE_NOOP("Errors", "line %1 (%2) is not valid %3 data; left out"),
                    str(prop.number),
                    prop.name,
                    "base64",
                    code="card.property.encoding",
                )
            )
            return None
    codec = file_codec
    if prop.charset is not None:
        named = charsets.text_codec(prop.charset)
        if named is None:
            card.remark(
                Remark(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "line %1 (%2) names the character set “%3”, which Kith does not know; "
                        "it was read as %4",
                    ),
                    str(prop.number),
                    prop.name,
                    _from_head(prop.charset[:40]),
                    charsets.shown(file_codec),
                    code="card.charset.unknown",
                )
            )
        else:
            codec = named
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        text = raw.decode(codec, errors="replace")
        if prop.name not in card.unreadable:
            card.unreadable.append(prop.name)
    # No decoder Kith accepts yields a lone surrogate; this keeps it so if one ever does.
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "replace").decode("utf-8")
    return _as_escaped(text) if card.legacy else text


# --- lines into raw cards ------------------------------------------------------------


def _edge(line: LogicalLine) -> str:
    """ "BEGIN" or "END" for a line that starts or ends a vCard, else ""."""
    head, _, rest = line.text[:200].partition(b":")
    word = head.strip().rpartition(b".")[2].upper()
    if word in (b"BEGIN", b"END") and rest.strip().upper() == b"VCARD":
        return word.decode()
    return ""


def _raw_cards(lines: Iterator[LogicalLine]) -> Iterator[_RawCard]:
    card: _RawCard | None = None
    position = 0
    agent_depth = 0  # inside a person's card nested in an AGENT property
    agent_pending = False
    for line in lines:
        edge = _edge(line)
        if card is not None and (agent_depth or (agent_pending and edge == "BEGIN")):
            agent_pending = False
            agent_depth += {"BEGIN": 1, "END": -1}.get(edge, 0)
            continue
        agent_pending = False
        if edge == "BEGIN":
            if card is not None:
                card.error = card.error or CardError(
                    QT_TRANSLATE_NOOP("Errors", "it is cut off: no END:VCARD before the next card"),
                    code="card.cut_off",
                )
                yield card
            position += 1
            card = _RawCard(position, line.number)
            continue
        if card is None:
            continue
        if edge == "END":
            yield card
            card = None
            continue
        if card.error:
            continue
        prop = _property(line, card)
        if prop is None:
            continue
        if prop.name in _BINARY_PROPERTIES:
            card.photos += prop.name in _PICTURES
        elif prop.name == "AGENT":
            _agent(prop, card)
            value = prop.raw.strip().upper()
            if not value:
                agent_pending = True
            elif value.startswith(b"BEGIN:VCARD") and b"END:VCARD" not in value:
                agent_depth = 1  # 2.1 writes the card on the lines that follow, unescaped
        elif len(prop.raw) > MAX_LINE:
            card.remark(
                Remark(
                    QT_TRANSLATE_NOOP("Errors", "line %1 (%2) is %3 characters long; left out"),
                    str(line.number),
                    prop.name,
                    len(prop.raw),
                    code="card.property.too_long",
                )
            )
        else:
            if prop.name == "VERSION" and prop.raw.strip() == b"2.1":
                card.legacy = True
            card.raw.append(prop)
    if card is not None:
        card.error = card.error or CardError(
            QT_TRANSLATE_NOOP("Errors", "it is cut off: the file ends before END:VCARD"),
            code="card.cut_off",
        )
        yield card


def _agent(prop: _RawProperty, card: _RawCard) -> None:
    card.remark(
        Remark(
            QT_TRANSLATE_NOOP(
                "Errors", "the card of someone else inside it (AGENT, line %1) was left out"
            ),
            str(prop.number),
            code="card.agent",
        )
    )


def _decode_card(card: _RawCard, file_codec: str) -> None:
    for raw in card.raw:
        value = _decode(raw, file_codec, card)
        if value is not None:
            card.properties.append(_Property(raw.name, raw.group, value, raw.types, raw.value_type))
    card.raw = []


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
        order = (prefix, given, additional, family, suffix)
        if _EAST_ASIAN.search(family + given):  # 山田 太郎: the family name comes first
            order = (prefix, family, given, additional, suffix)
        name = " ".join(p for p in order if p)
        if name:
            return name
    for prop in props.get("ORG", []):
        org = split_escaped(prop.value, ";")[0].strip()
        if org:
            return org
    raise CardError(
        QT_TRANSLATE_NOOP("Errors", "it has no name (no FN, N or ORG)"), code="card.no_name"
    )


def _email(value: str) -> tuple[str, str]:
    """The address, and the display name written with it ("Omega" <omega@example.org>)."""
    address = value.strip().removeprefix("mailto:").strip()
    # Longer is no address anyway; the bound keeps the pattern's backtracking small.
    named = _NAMED_ADDRESS.match(address) if "<" in address and len(address) < 400 else None
    if named:
        return named.group(2), " ".join(named.group(1).split())
    return address, ""


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


def _contacts(
    props: dict[str, list[_Property]], apple_labels: dict[str, str], remarks: list[KithError]
) -> tuple[list[CardContact], str]:
    """Phones, e-mails and addresses, and a display name written with an e-mail."""
    display_name = ""
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
        address, display = _email(unescape(prop.value))
        display_name = display_name or display
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
    return contacts, display_name


def _card(raw: _RawCard) -> ContactCard:
    if raw.error:
        raise raw.error
    props: dict[str, list[_Property]] = {}
    for prop in raw.properties:
        props.setdefault(prop.name, []).append(prop)
    apple_labels = {p.group: unescape(p.value) for p in props.get("X-ABLABEL", []) if p.group}
    remarks: list[KithError] = list(raw.remarks)
    contacts, display_name = _contacts(props, apple_labels, remarks)
    nameless = False
    try:
        try:
            written = _name(props)
        except CardError:
            # A card with only an e-mail or phone is still someone: offered under it, unticked.
            if display_name:
                written = display_name
            elif contacts and contacts[0].kind != ContactKind.ADDRESS:
                written, nameless = contacts[0].value, True
            else:
                raise
        name = v.clean_name(written)
    except ValidationError as exc:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the name is refused: %1"), exc, code="card.name"
        ) from None
    if nameless:
        remarks.append(
            Remark(
                QT_TRANSLATE_NOOP(
                    "Errors", "it has no name, so it is listed under its e-mail or phone"
                ),
                code="card.nameless",
            )
        )
    if raw.unreadable:
        remarks.append(
            Remark(
                QT_TRANSLATE_NOOP(
                    "Errors", "some characters (in %1) could not be read and are shown as “�”"
                ),
                ", ".join(raw.unreadable),
                code="card.unreadable_characters",
            )
        )
    nickname = None
    for prop in props.get("NICKNAME", []):
        first = split_escaped(prop.value, ",")[0].strip()
        if first:
            try:
                nickname = v.clean_optional_name(first, "nickname")
            except ValidationError as exc:
                remarks.append(exc)
            break
    dates: dict[str, tuple[int | None, int, int] | None] = {"BDAY": None, "ANNIVERSARY": None}
    for key, names in (
        ("BDAY", ("BDAY",)),
        (
            "ANNIVERSARY",
            (
                "ANNIVERSARY",
                "X-ANNIVERSARY",
                "X-KADDRESSBOOK-X-ANNIVERSARY",
                "X-EVOLUTION-ANNIVERSARY",
            ),
        ),
    ):
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
        nameless=nameless,
        unreadable_characters=bool(raw.unreadable),
        related=_related(props, apple_labels),
    )


def _related(
    props: dict[str, list[_Property]], apple_labels: dict[str, str]
) -> tuple[CardRelation, ...]:
    found = [related_4(unescape(p.value), p.types, p.value_type) for p in props.get("RELATED", [])]
    found += [
        related_apple(unescape(p.value), apple_labels.get(p.group or "", ""))
        for p in props.get("X-ABRELATEDNAMES", [])
    ]
    return tuple(r for r in found if r is not None)


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
            return _printable(unescape(prop.value).strip()[:60])
    return None


def _file_codec(cards: Iterable[_RawCard]) -> str | None:
    """The character set of values without their own CHARSET: UTF-8, or a guess (None
    means UTF-8 fits them all)."""
    parts: list[bytes] = []
    size = 0
    for prop in (prop for card in cards for prop in card.raw):
        # Only values with bytes outside ASCII tell a character set; a sample is enough.
        if size >= _GUESS_SAMPLE:
            break
        if prop.charset is not None:
            continue
        raw = quopri.decodestring(prop.raw) if prop.encoding == "QUOTED-PRINTABLE" else prop.raw
        if not raw.isascii():
            parts.append(raw)
            size += len(raw)
    undeclared = b"\n".join(parts)
    if not undeclared:
        return None
    sample = undeclared
    text = sample.decode("utf-8", "replace")
    broken = text.count("\ufffd") - sample.count("\ufffd".encode())
    if not broken:
        return None
    # Mostly good UTF-8 with a few damaged bytes is UTF-8; the damage is reported per card.
    if sum(not ch.isascii() for ch in text) - text.count("\ufffd") > broken:
        return None
    return charsets.guess(sample) or "cp1252"


def _chosen(encoding: str) -> str:
    codec = charsets.text_codec(encoding)
    if codec is None:
        raise ValidationError(
            "encoding",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a character set Kith can read"),
            _printable(encoding[:40]),
            code="vcard.encoding.unknown",
        )
    return codec


def read_vcards(
    data: bytes, progress: Progress | None = None, *, encoding: str | None = None
) -> CardFile:
    """Every card in the file: the good ones, and each bad one with its problem.

    `encoding` reads the values that name no character set of their own with that one,
    instead of UTF-8 or the guess. Raises FileRefused when the file is not text or holds
    no vCard at all, and ValidationError for an `encoding` Kith does not read.
    """
    chosen = _chosen(encoding) if encoding is not None else None
    check_size(data, "contacts")
    result = CardFile()
    wide = utf16_codec(data) if chosen is None else chosen if "16" in chosen else None
    if wide is not None:
        # A whole-file UTF-16 file is Unicode throughout; read on as UTF-8 bytes.
        data = decode_utf16(data, wide).encode("utf-8", "replace")
        result.encoding = chosen or "utf-16"
        result.encoding_detected = chosen is None and wide != "utf-16"  # no byte order mark
        result.encoding_chosen = chosen is not None
    elif b"\x00" in data[:65536]:
        refuse_binary("\x00" * 65536, "contacts")
    data = data.removeprefix(b"\xef\xbb\xbf")
    refuse_binary(data[:65536].decode("latin-1"), "contacts")
    if b"BEGIN:VCARD" not in data.upper():
        raise FileRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is not a vCard file: it has no BEGIN:VCARD, so it holds no contacts.",
            ),
            code="vcard.no_begin",
        )
    total = max(1, len(_CARD_COUNT.findall(data)))
    if wide is None:
        if chosen is not None:
            result.encoding, result.encoding_chosen = chosen, True
        else:
            # A pass of its own, holding no card: at 100,000 contacts every card's raw
            # properties held at once, to guess from, took most of a gigabyte.
            guessed = _file_codec(_raw_cards(logical_lines(data)))
            if guessed is not None:
                result.encoding, result.encoding_detected = guessed, True
    _notice_encoding(result)
    codec = "utf-8" if wide is not None else result.encoding
    unreadable: list[str] = []
    for raw in _raw_cards(logical_lines(data)):
        if wide is not None:  # Unicode throughout: a CHARSET inside names the original
            for prop in raw.raw:
                prop.charset = None
        result.photos_left_out += raw.photos
        _decode_card(raw, codec)
        try:
            card = _card(raw)
        except CardError as exc:
            result.problems.append(CardProblem(raw.position, raw.line, exc, _guess_name(raw)))
        else:
            result.cards.append(card)
            if card.unreadable_characters:
                unreadable.append(str(card.position))
        if progress is not None:
            progress(min(raw.position, total), total)
    if unreadable:
        result.notices.append(
            Remark(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cards with characters that could not be read, shown as “�”: %1.",
                ),
                ", ".join(unreadable[:20]) + (", …" if len(unreadable) > 20 else ""),
                code="vcard.unreadable_characters",
            )
        )
    if not result.cards and not result.problems:
        raise FileRefused(
            QT_TRANSLATE_NOOP("Errors", "This is not a vCard file: it has no complete card."),
            code="vcard.no_card",
        )
    return result


def _notice_encoding(result: CardFile) -> None:
    if result.encoding_detected:
        result.notices.append(
            Remark(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file does not say which character set it is in, and it is not "
                    "UTF-8; it was read as %1.",
                ),
                charsets.shown(result.encoding),
                code="file.encoding.guessed",
            )
        )
    elif result.encoding_chosen:
        result.notices.append(
            Remark(
                QT_TRANSLATE_NOOP("Errors", "The file was read as %1, as chosen."),
                charsets.shown(result.encoding),
                code="file.encoding.chosen",
            )
        )
