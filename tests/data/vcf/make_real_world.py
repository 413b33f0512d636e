"""Writes the samples of vCards as particular programs write them, byte for byte.

Each file is one habit of one kind of program: a character set named per property, line
ends, a property other readers do not know. `EXPECTED` says what a careful reader gets
from each (names exactly, in file order), for the tests and `sample_report.py`.
Deterministic: the same bytes on every run.

    python tests/data/vcf/make_real_world.py
"""

from __future__ import annotations

import base64
import codecs
import quopri
import random
from pathlib import Path

HERE = Path(__file__).parent
CRLF = "\r\n"


def qp(text: str, charset: str) -> str:
    """Quoted-printable as phones write it: every byte outside ASCII letters encoded."""
    return quopri.encodestring(text.encode(charset)).decode("ascii").replace("=\n", "")


def qp_all(text: str, charset: str) -> str:
    """Quoted-printable with every byte encoded (older Japanese and Nokia phones)."""
    return "".join(f"={b:02X}" for b in text.encode(charset))


def photo(seed: int, size: int = 600) -> str:
    rng = random.Random(seed)
    return base64.b64encode(b"\xff\xd8\xff\xe0" + rng.randbytes(size)).decode("ascii")


def fold(line: str, width: int = 75, indent: str = " ") -> list[str]:
    first, rest = line[:width], line[width:]
    parts = [first]
    while rest:
        parts.append(indent + rest[: width - len(indent)])
        rest = rest[width - len(indent) :]
    return parts


def lines(*rows: str, eol: str = CRLF) -> str:
    return eol.join(rows) + eol


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def docomo_shift_jis() -> bytes:
    """A Japanese phone's 2.1 export: Shift_JIS named per property, the reading of the
    name in half-width katakana under SOUND;X-IRMC-N, a note in quoted-printable."""
    sjis = "SHIFT_JIS"
    text = lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        f"N;CHARSET={sjis}:山田;太郎;;;",
        f"SOUND;X-IRMC-N;CHARSET={sjis}:ﾔﾏﾀﾞ;ﾀﾛｳ;;;",
        "TEL;CELL:090-1234-5678",
        "EMAIL;INTERNET:taro.yamada@docomo.ne.jp",
        f"ADR;HOME;CHARSET={sjis}:;;道玄坂1-2-3;渋谷区;東京都;150-0043;",
        f"NOTE;CHARSET={sjis};ENCODING=QUOTED-PRINTABLE:"
        + qp_all("大学の友達。表参道でソフトクリーム", "shift_jis"),
        "BDAY:19880305",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        # 曽 and ソ end in the byte 0x5C, a backslash in ASCII.
        f"N;CHARSET={sjis};ENCODING=QUOTED-PRINTABLE:{qp_all('木曽', 'shift_jis')};"
        f"{qp_all('ソラ', 'shift_jis')};;;",
        "TEL;HOME:03-1234-5678",
        "END:VCARD",
    )
    return text.encode("shift_jis")


def nokia_greek() -> bytes:
    """A Nokia 2.1 export in Greek: ISO-8859-7, plain 8-bit and quoted-printable."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=ISO-8859-7:Παπαδόπουλος;Γιώργος",
        "FN;CHARSET=ISO-8859-7;ENCODING=QUOTED-PRINTABLE:"
        + qp("Γιώργος Παπαδόπουλος", "iso8859-7"),
        "TEL;CELL:+30 694 123 4567",
        "NOTE;CHARSET=ISO-8859-7;ENCODING=QUOTED-PRINTABLE:"
        + qp("Φίλος από τη Θεσσαλονίκη", "iso8859-7"),
        "END:VCARD",
    ).encode("iso8859-7")


def ukrainian_koi8u_cp1251() -> bytes:
    """A Ukrainian 2.1 export: KOI8-U on one card, Windows-1251 quoted-printable on the next."""
    first = lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=KOI8-U:Ковальчук;Олена",
        "TEL;CELL:+380 67 123 4567",
        "NOTE;CHARSET=KOI8-U:Їжачок із Житомира",
        "END:VCARD",
    ).encode("koi8-u")
    second = lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        f"N;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:{qp('Ґудзь', 'cp1251')};"
        f"{qp('Ігор', 'cp1251')}",
        "TEL;HOME:+380 44 765 4321",
        "END:VCARD",
    ).encode("ascii")
    return first + second


def windows_contacts_utf16() -> bytes:
    """Windows Contacts (and Outlook's "Unicode" save): UTF-16LE with a byte order mark."""
    return codecs.BOM_UTF16_LE + lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Nakamura;Yūko",
        "FN:Yūko Nakamura",
        "TEL;WORK;VOICE:+81 3 5555 0100",
        "EMAIL;PREF;INTERNET:yuko@example.jp",
        "NOTE:Çok güzel — 東京",
        "END:VCARD",
    ).encode("utf-16-le")


def russian_cp1251_no_charset() -> bytes:
    """An old Russian Windows address book: Windows-1251 and no CHARSET anywhere."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Иванов;Дмитрий;Сергеевич",
        "FN:Дмитрий Сергеевич Иванов",
        "TEL;CELL:+7 916 123-45-67",
        "ADR;HOME:;;улица Ленина, 5;Москва;;101000;Россия",
        "NOTE:Коллега по институту, любит шахматы и рыбалку.",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Смирнова;Мария",
        "FN:Мария Смирнова",
        "TEL;HOME:+7 495 765-43-21",
        "NOTE:Соседка по даче, день рождения весной.",
        "END:VCARD",
    ).encode("cp1251")


def iphone_crcrlf() -> bytes:
    """An iPhone export as some iOS versions wrote it: CR CR LF line ends, photos folded."""
    eol = "\r\r\n"
    cards = []
    for n, (family, given, tel, with_photo) in enumerate(
        [
            ("Appleseed", "Johnny", "+1 408 555 0101", True),
            ("Lindqvist", "Åsa", "+46 70 123 45 67", True),
            ("Okafor", "Chidi", "+234 803 555 0199", False),
            ("Moreau", "Élise", "+33 6 12 34 56 78", True),
        ]
    ):
        rows = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{given} {family}",
            f"item1.TEL;type=pref:{tel}",
            "item1.X-ABLabel:_$!<Mobile>!$_",
        ]
        if with_photo:
            rows += fold(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo(n)}")
        rows.append("END:VCARD")
        cards.append(eol.join(rows) + eol)
    return "".join(cards).encode("utf-8")


def outlook_cardpicture() -> bytes:
    """Outlook 2.1 with a card picture whose base64 is broken, then a good card."""
    broken = photo(7, 120)[:150] + "!!**not base64**"
    rows = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Fischer;Anna",
        "FN:Anna Fischer",
        "ORG:Contoso GmbH",
        "TEL;WORK;VOICE:+49 30 1234567",
        "EMAIL;PREF;INTERNET:anna.fischer@contoso.example",
        *fold(f"X-MS-CARDPICTURE;TYPE=JPEG;ENCODING=BASE64:{broken}", 76, "  "),
        "",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:0",
        "REV:20250102T101500Z",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Kowalski;Piotr",
        "FN:Piotr Kowalski",
        "TEL;CELL;VOICE:+48 601 234 567",
        "END:VCARD",
    ]
    return lines(*rows).encode("cp1252")


def sony_ericsson_photo() -> bytes:
    """A 2.1 phone export whose base64 photo continues on unindented lines up to a blank
    line (as the 2.1 specification allows), then the card's other properties."""
    data = photo(3, 400)
    chunks = [data[i : i + 76] for i in range(0, len(data), 76)]
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Berg;Lars",
        "FN:Lars Berg",
        f"PHOTO;ENCODING=BASE64;TYPE=JPEG:{chunks[0]}",
        *chunks[1:],
        "",
        "TEL;CELL:+47 912 34 567",
        "EMAIL;INTERNET:lars.berg@example.no",
        "END:VCARD",
    ).encode("ascii")


def kde_kontact() -> bytes:
    """KDE Kontact (KAddressBook) 3.0: messenger ids in X-messaging/…-All, its own extras."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Wagner;Jonas;;;",
        "FN:Jonas Wagner",
        "NICKNAME:Joni",
        "EMAIL;TYPE=PREF:jonas@kde.example",
        "TEL;TYPE=CELL:+49 151 23456789",
        "X-messaging/gadu-All:1234567",
        "X-messaging/xmpp-All:jonas@jabber.example",
        "X-KADDRESSBOOK-X-Anniversary:2012-06-16",
        "X-KADDRESSBOOK-X-SpousesName:Mia",
        "X-KADDRESSBOOK-BlogFeed:https://blog.example/jonas",
        "UID:kde-7f3a2b",
        "END:VCARD",
    ).encode("utf-8")


def empty_parameter() -> bytes:
    """A 2.1 address written with an empty last parameter: ADR;HOME;PREF;:…"""
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Rossi;Giulia",
        "FN:Giulia Rossi",
        "ADR;HOME;PREF;:;;Via Roma 12;Bologna;;40121;Italia",
        "TEL;CELL;:+39 333 123 4567",
        "END:VCARD",
    ).encode("ascii")


def comment_line() -> bytes:
    """A file a script wrote or a person edited, with `#` comment lines."""
    return lines(
        "# Exported from the club's member list",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "# the treasurer",
        "FN:Noor Haddad",
        "N:Haddad;Noor;;;",
        "EMAIL:noor@club.example",
        "END:VCARD",
    ).encode("utf-8")


def agent_cards() -> bytes:
    """AGENT as the 2.1 specification writes it (the assistant's whole card on the lines
    that follow) and as 3.0 writes it (one escaped line)."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Mendes;Rita",
        "FN:Rita Mendes",
        "TEL;WORK:+351 21 123 4567",
        "AGENT:",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Costa;Rui",
        "FN:Rui Costa",
        "TEL;WORK:+351 21 123 4568",
        "END:VCARD",
        "EMAIL;INTERNET:rita@example.pt",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Sam Lee",
        r"AGENT:BEGIN:VCARD\nFN:Pat Lee\nTEL:+1 555 0100\nEND:VCARD",
        "TEL:+1 555 0199",
        "END:VCARD",
    ).encode("utf-8")


def backslashes_2_1() -> bytes:
    """vCard 2.1, where a backslash is itself except before `;` in a structured value."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Tan;Mei",
        r"FN:Mei Tan",
        r"ADR;HOME:;;Block 5\;Unit 3;Singapore;;123456;Singapore",
        r"NOTE:Shares C:\Users\mei\new with me",
        "END:VCARD",
    ).encode("ascii")


def display_name_emails() -> bytes:
    """E-mail values with a display name, as mail programs' collected addresses are."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Omega Ruiz",
        'EMAIL;TYPE=INTERNET:"Omega" <omega@example.org>',
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "EMAIL;TYPE=INTERNET:Theta Brown <theta@example.org>",
        "END:VCARD",
    ).encode("utf-8")


def android_nameless() -> bytes:
    """An Android 2.1 export with cards that have no name: a number, an address, nothing."""
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Osei;Kwame;;;",
        "FN:Kwame Osei",
        "TEL;CELL:+233 24 123 4567",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "TEL;CELL:+233 20 765 4321",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "EMAIL;HOME:delivery@shop.example",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "NOTE:nothing else",
        "END:VCARD",
    ).encode("ascii")


SAMPLES = {
    "docomo_shift_jis.vcf": docomo_shift_jis,
    "nokia_greek.vcf": nokia_greek,
    "ukrainian_koi8u_cp1251.vcf": ukrainian_koi8u_cp1251,
    "windows_contacts_utf16.vcf": windows_contacts_utf16,
    "russian_cp1251_no_charset.vcf": russian_cp1251_no_charset,
    "iphone_crcrlf.vcf": iphone_crcrlf,
    "outlook_cardpicture.vcf": outlook_cardpicture,
    "sony_ericsson_photo.vcf": sony_ericsson_photo,
    "kde_kontact.vcf": kde_kontact,
    "empty_parameter.vcf": empty_parameter,
    "comment_line.vcf": comment_line,
    "agent.vcf": agent_cards,
    "backslashes_2_1.vcf": backslashes_2_1,
    "display_name_email.vcf": display_name_emails,
    "android_nameless.vcf": android_nameless,
}

EXPECTED = {
    "docomo_shift_jis.vcf": ["山田 太郎", "木曽 ソラ"],
    "nokia_greek.vcf": ["Γιώργος Παπαδόπουλος"],
    "ukrainian_koi8u_cp1251.vcf": ["Олена Ковальчук", "Ігор Ґудзь"],
    "windows_contacts_utf16.vcf": ["Yūko Nakamura"],
    "russian_cp1251_no_charset.vcf": ["Дмитрий Сергеевич Иванов", "Мария Смирнова"],
    "iphone_crcrlf.vcf": ["Johnny Appleseed", "Åsa Lindqvist", "Chidi Okafor", "Élise Moreau"],
    "outlook_cardpicture.vcf": ["Anna Fischer", "Piotr Kowalski"],
    "sony_ericsson_photo.vcf": ["Lars Berg"],
    "kde_kontact.vcf": ["Jonas Wagner"],
    "empty_parameter.vcf": ["Giulia Rossi"],
    "comment_line.vcf": ["Noor Haddad"],
    "agent.vcf": ["Rita Mendes", "Sam Lee"],
    "backslashes_2_1.vcf": ["Mei Tan"],
    "display_name_email.vcf": ["Omega Ruiz", "Theta Brown"],
    # The card with only a note has nothing to know the person by and is refused.
    "android_nameless.vcf": ["Kwame Osei", "+233 20 765 4321", "delivery@shop.example"],
}
"""The people in each file, in order, as a careful reader names them."""


if __name__ == "__main__":
    for name, make in SAMPLES.items():
        write(name, make())
