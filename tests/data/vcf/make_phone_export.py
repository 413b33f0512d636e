"""Writes phone-400.vcf: about 400 cards as Android and iPhone exports write them.

Friends, family and colleagues in many scripts, a few businesses (each marked the way
its source marks one), a bank hotline, a voicemail number and a host met through a
rental site. Deterministic: the same file on every run. Tests read `contacts()` to
know what each card says, without going through the reader under test.

    python tests/data/vcf/make_phone_export.py
"""

from __future__ import annotations

import base64
import quopri
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).with_name("phone-400.vcf")
SEED = 400


@dataclass(frozen=True)
class Card:
    name: str
    given: str = ""
    family: str = ""
    organisation: str = ""
    title: str = ""
    phones: tuple[tuple[str, str], ...] = ()
    emails: tuple[str, ...] = ()
    birthday: tuple[int | None, int, int] | None = None
    note: str = ""
    is_organisation: bool = False
    style: str = "iphone"
    """iphone (3.0), android (3.0), android21 (2.1 quoted-printable), vcard4."""
    company_mark: str = ""
    """How an organisation says so: showas (X-ABShowAs), kind (KIND:org), org (ORG only)."""
    photo: bool = False


_LATIN = {
    "pt": (
        ["Maria", "Ana", "Inês", "Tiago", "Rui", "Beatriz", "Gonçalo", "Leonor", "Matilde"],
        ["Gonçalves", "Marques", "Sousa", "Fonseca", "Guimarães", "Simões", "Conceição"],
    ),
    "es": (
        ["José", "Núria", "Begoña", "Iñaki", "Álvaro", "Lucía", "Martín", "Sofía"],
        ["García", "Muñoz", "Pérez", "Jiménez", "Ibáñez", "Núñez", "Castaño"],
    ),
    "de": (
        ["Jürgen", "Käthe", "Lena", "Jonas", "Sören", "Anneliese", "Günter", "Björn"],
        ["Müller", "Schröder", "Weiß", "Groß", "Köhler", "Krüger", "Bäcker"],
    ),
    "fr": (
        ["Joséphine", "Françoise", "Renée", "Théo", "Léa", "Hélène", "Jérôme", "Maëlle"],
        ["Lefèvre", "Gauthier", "Girard", "Bonnet", "Dupré", "Mercier", "Château"],
    ),
    "tr": (
        ["Ayşe", "Şule", "Çağlar", "Gökhan", "Özlem", "İlker", "Ümit"],
        ["Şen", "Yılmaz", "Öztürk", "Doğan", "Çelik", "Aydın", "Kılıç"],
    ),
    "id": (
        ["Budi", "Siti", "Dewi", "Agus", "Ratna", "Eko", "Putri", "Wahyu", "Indah", "Rizky"],
        ["Santoso", "Rahayu", "Lestari", "Wijaya", "Sari", "Prasetyo", "Hidayat", "Nugroho"],
    ),
    "en": (
        ["Emma", "Oliver", "Chloe", "Harry", "Grace", "Jack", "Amelia", "Noah", "Isla"],
        ["Clarke", "Bennett", "O'Brien", "Hughes", "Walsh", "Fletcher", "McKenzie"],
    ),
    "vi": (
        ["Lan", "Minh", "Hương", "Tuấn", "Thảo"],
        ["Nguyễn", "Trần", "Phạm", "Lê"],
    ),
}
# Given and family names that change with gender are listed in pairs.
_GENDERED = {
    "pl": (
        (
            ["Łukasz", "Paweł", "Krzysztof", "Michał", "Wojciech"],
            ["Nowak", "Wiśniewski", "Wójcik", "Zieliński", "Dąbrowski"],
        ),
        (
            ["Małgorzata", "Zofia", "Agnieszka", "Katarzyna"],
            ["Nowak", "Wiśniewska", "Wójcik", "Zielińska", "Dąbrowska"],
        ),
    ),
    "el": (
        (
            ["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας"],
            ["Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου"],
        ),
        (
            ["Ελένη", "Μαρία", "Κατερίνα", "Σοφία"],
            ["Παπαδοπούλου", "Νικολάου", "Γεωργίου", "Οικονόμου"],
        ),
    ),
    "ru": (
        (
            ["Алексей", "Дмитрий", "Сергей", "Иван"],
            ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов"],
        ),
        (
            ["Ольга", "Наталья", "Екатерина", "Анна"],
            ["Иванова", "Смирнова", "Кузнецова", "Попова", "Соколова"],
        ),
    ),
}
# Written family name first with no space (Chinese) or with one (Japanese, as phones show it).
_CJK = {
    "zh": (
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"],
        ["芳", "伟", "敏", "洋", "静", "磊", "丽", "强"],
        "",
    ),
    "ja": (
        ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"],
        ["健", "花子", "翔", "美咲", "大輔", "さくら"],
        " ",
    ),
}
_WHOLE = [  # given, family, language: written whole, never recombined
    ("محمد", "العلي", "ar"),
    ("فاطمة", "الزهراء", "ar"),
    ("أحمد", "حسن", "ar"),
    ("ليلى", "منصور", "ar"),
    ("يوسف", "الخطيب", "ar"),
    ("نور", "حداد", "ar"),
    ("عمر", "سعيد", "ar"),
    ("مريم", "يوسف", "ar"),
    ("राहुल", "शर्मा", "hi"),
    ("प्रिया", "वर्मा", "hi"),
    ("अमित", "पटेल", "hi"),
    ("सुनीता", "गुप्ता", "hi"),
    ("विकास", "सिंह", "hi"),
    ("अनीता", "देसाई", "hi"),
    ("संजय", "जोशी", "hi"),
]
PEOPLE = 384
_JOAO = ["Silva", "Santos", "Pereira", "Costa", "Oliveira", "Ferreira", "Rodrigues"]
_EMPLOYERS = [
    ("Nordlicht Software GmbH", ["Software Engineer", "Product Manager", "Designer"]),
    ("Universidade de Lisboa", ["Professor", "Researcher", "Lab Manager"]),
    ("PT Sinar Harapan", ["Account Manager", "Analyst"]),
    ("Clínica São João", ["Nurse", "Physiotherapist"]),
]
_COUNTRY = {
    "pt": "+351 9",
    "es": "+34 6",
    "de": "+49 15",
    "fr": "+33 6",
    "tr": "+90 5",
    "id": "+62 81",
    "en": "+44 7",
    "vi": "+84 9",
    "pl": "+48 5",
    "el": "+30 69",
    "ru": "+7 9",
    "zh": "+86 13",
    "ja": "+81 90",
    "ar": "+971 5",
    "hi": "+91 9",
}
_BUSINESSES = [  # name, how the card marks it, phone
    ("Pizza Roma", "showas", "+351 21 346 1122"),
    ("Taxi Lisboa", "org", "+351 21 811 9000"),
    ("City Dental Clinic", "kind", "+44 20 7946 0321"),
    ("Farmácia Estrela", "showas", "+351 21 396 0102"),
    ("Autohaus Köhler", "org", "+49 30 901 8820"),
    ("Bäckerei Schröder", "kind", "+49 30 442 1133"),
    ("Warung Bu Sri", "org", "+62 21 555 0190"),
    ("麻辣香锅 Mala House", "showas", "+86 10 6552 0188"),
    ("IKEA Alfragide", "org", "+351 21 002 0600"),
    ("Veterinário Lumiar", "showas", "+351 21 757 3344"),
    ("Hotel Άστρον", "kind", "+30 210 322 1010"),
    ("Ремонт обуви", "org", "+7 495 123 4567"),
]


def _phone(rng: random.Random, prefix: str, used: set[str]) -> str:
    while True:
        number = (
            f"{prefix}{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
        )
        if number not in used:
            used.add(number)
            return number


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def _birthday(rng: random.Random) -> tuple[int | None, int, int] | None:
    roll = rng.random()
    if roll < 0.45:
        return None
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    return (None if roll < 0.65 else rng.randrange(1948, 2012), month, day)


def contacts() -> list[Card]:
    """Every card of the file, in order: what each says, independent of any reader."""
    rng = random.Random(SEED)
    used: set[str] = set()
    always = [("João", family, f"João {family}", "pt") for family in _JOAO]
    always += [(given, family, f"{given} {family}", lang) for given, family, lang in _WHOLE]
    names: list[tuple[str, str, str, str]] = []  # given, family, written name, language
    for lang, (givens, families) in _LATIN.items():
        names += [(g, f, f"{g} {f}", lang) for g in givens for f in families]
    for lang, pairs in _GENDERED.items():
        for givens, families in pairs:
            names += [(g, f, f"{g} {f}", lang) for g in givens for f in families]
    for lang, (families, givens, space) in _CJK.items():
        names += [(g, f, f"{f}{space}{g}", lang) for f in families for g in givens]
    rng.shuffle(names)
    chosen = always + names[: PEOPLE - len(always)]
    rng.shuffle(chosen)
    cards: list[Card] = []
    for index, (given, family, written, lang) in enumerate(chosen):
        style = rng.choices(["iphone", "android", "android21"], [5, 3, 2])[0]
        phones = [(rng.choice(["CELL", "CELL", "HOME"]), _phone(rng, _COUNTRY[lang], used))]
        if rng.random() < 0.3:
            phones.append((rng.choice(["HOME", "WORK"]), _phone(rng, _COUNTRY[lang], used)))
        emails: tuple[str, ...] = ()
        local = _ascii(given) + "." + _ascii(family)
        if rng.random() < 0.5 and local.strip("."):
            emails = (f"{local}{index}@example.{rng.choice(['org', 'com', 'net'])}",)
        organisation = title = ""
        if index % 11 == 0:
            organisation, titles = _EMPLOYERS[index % len(_EMPLOYERS)]
            title = rng.choice(titles)
            phones.append(("WORK", _phone(rng, _COUNTRY[lang], used)))
        cards.append(
            Card(
                name=written,
                given=given,
                family=family,
                organisation=organisation,
                title=title,
                phones=tuple(phones),
                emails=emails,
                birthday=_birthday(rng),
                style=style,
                photo=index % 37 == 5 and style != "android21",
            )
        )
    specials = [
        Card(
            name="Airbnb host Lisbon",
            given="Airbnb host Lisbon",
            phones=(("CELL", "+351 912 000 417"),),
            note="Rui, the flat in Alfama. Recommended the tasca on Rua dos Remédios.",
            style="iphone",
        ),
        Card(name="Voicemail", given="Voicemail", phones=(("", "*86"),), style="android"),
        Card(name="Taxi", given="Taxi", phones=(("", "+351 21 793 2756"),), style="android21"),
        Card(
            name="Banco Atlântico",
            organisation="Banco Atlântico",
            phones=(("WORK", "+351 707 000 123"),),
            note="Hotline, open 8:00–22:00. Card lost: option 2.",
            is_organisation=True,
            style="iphone",
            company_mark="showas",
        ),
    ]
    for name, mark, phone in _BUSINESSES:
        specials.append(
            Card(
                name=name,
                organisation=name,
                phones=(("WORK", phone),),
                is_organisation=True,
                style="vcard4" if mark == "kind" else rng.choice(["iphone", "android"]),
                company_mark=mark,
            )
        )
    for offset, card in enumerate(specials):
        cards.insert(17 + offset * 29, card)
    return cards


# --- writing ------------------------------------------------------------------------


def _fold(line: str) -> list[str]:
    """3.0/4.0 folding: at most 75 octets a line, never inside a character."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def _qp(value: str) -> str:
    return (
        quopri.encodestring(value.encode("utf-8"), quotetabs=False)
        .decode("ascii")
        .replace("=\n", "")
    )


def _qp_line(name: str, value: str) -> list[str]:
    """2.1 as old Android writes it: quoted-printable, soft breaks after 74 characters."""
    if value.isascii() and "\n" not in value:
        return [f"{name}:{value}"]
    encoded = _qp(value).replace("\n", "=0D=0A")
    text = f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{encoded}"
    lines: list[str] = []
    while len(text) > 75:
        cut = 74
        while text[cut - 2 : cut].count("=") or text[cut - 1] == "=":  # never split =XX
            cut -= 1
        lines.append(text[:cut] + "=")
        text = text[cut:]
    lines.append(text)
    return lines


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _date(birthday: tuple[int | None, int, int], style: str) -> str:
    year, month, day = birthday
    if year is not None:
        return (
            f"BDAY:{year:04d}-{month:02d}-{day:02d}"
            if style != "android21"
            else f"BDAY:{year:04d}{month:02d}{day:02d}"
        )
    if style == "iphone":
        return f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{month:02d}-{day:02d}"
    return f"BDAY:--{month:02d}-{day:02d}"


def _photo(rng: random.Random, style: str) -> list[str]:
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(900) + b"\xff\xd9"
    encoded = base64.b64encode(data).decode("ascii")
    head = "PHOTO;ENCODING=b;TYPE=JPEG:" if style != "vcard4" else "PHOTO:data:image/jpeg;base64,"
    return _fold(head + encoded)


def _card_lines(card: Card, rng: random.Random) -> list[str]:
    style = card.style
    version = {"android21": "2.1", "vcard4": "4.0"}.get(style, "3.0")
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if style == "iphone":
        lines.append("PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN")
    if card.company_mark == "kind":
        lines.append("KIND:org")
    n_value = f"{_escape(card.family)};{_escape(card.given)};;;"
    raw: list[tuple[str, str]] = []
    if card.company_mark == "org" and style == "android":
        pass  # Android writes a business with only ORG and its number
    else:
        raw.append(("N", n_value))
        raw.append(("FN", _escape(card.name)))
    if card.organisation:
        raw.append(("ORG", _escape(card.organisation) + (";" if style == "iphone" else "")))
    if card.title:
        raw.append(("TITLE", _escape(card.title)))
    for name, value in raw:
        if style == "android21":
            lines.extend(_qp_line(name, value.replace("\\,", ",")))
        else:
            lines.extend(_fold(f"{name}:{value}"))
    for index, (kind, number) in enumerate(card.phones):
        if style == "iphone":
            params = f";type={kind};type=VOICE" if kind else ""
            lines.append(
                f"item{index + 1}.TEL{params}{';type=pref' if index == 0 else ''}:{number}"
            )
        elif style == "android21":
            lines.append(f"TEL;{kind}:{number}" if kind else f"TEL:{number}")
        elif style == "vcard4":
            lines.append(
                f"TEL;TYPE={kind.lower() or 'voice'};VALUE=uri:tel:{number.replace(' ', '-')}"
            )
        else:
            lines.append(f"TEL;TYPE={kind}:{number}" if kind else f"TEL:{number}")
    for email in card.emails:
        if style == "iphone":
            lines.append(f"EMAIL;type=INTERNET;type=HOME;type=pref:{email}")
        elif style == "android21":
            lines.append(f"EMAIL;HOME:{email}")
        else:
            lines.append(f"EMAIL;TYPE=HOME:{email}")
    if card.birthday is not None:
        lines.append(_date(card.birthday, style))
    if card.note:
        if style == "android21":
            lines.extend(_qp_line("NOTE", card.note))
        else:
            lines.extend(_fold(f"NOTE:{_escape(card.note)}"))
    if card.photo:
        lines.extend(_photo(rng, style))
    if card.company_mark == "showas":
        lines.append("X-ABShowAs:COMPANY")
    lines.append("END:VCARD")
    return lines


def export_text() -> str:
    rng = random.Random(SEED + 1)
    lines: list[str] = []
    for card in contacts():
        lines.extend(_card_lines(card, rng))
    return "\r\n".join(lines) + "\r\n"


if __name__ == "__main__":
    OUT.write_bytes(export_text().encode("utf-8"))
    print(f"wrote {OUT} ({len(contacts())} cards)")
