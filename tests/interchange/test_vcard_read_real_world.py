"""The samples of `make_real_world.py`: exactly what is read from each, and what is said."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kith.interchange.vcard_read import CardFile, ContactCard, read_vcards
from tests.data.vcf.make_real_world import EXPECTED, SAMPLES

DATA = Path(__file__).parent.parent / "data" / "vcf"


def read(name: str) -> CardFile:
    return read_vcards((DATA / name).read_bytes())


def contacts(card: ContactCard) -> list[tuple[str, str, str]]:
    return [(c.kind.value, c.value, c.label) for c in card.contacts]


def remarks(card: ContactCard) -> list[str]:
    return [remark.message for remark in card.remarks]


def test_samples_are_the_bytes_the_generator_writes() -> None:
    for name, make in SAMPLES.items():
        assert (DATA / name).read_bytes() == make(), f"{name}: run make_real_world.py"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_person_is_read_with_the_right_name(name: str) -> None:
    assert [card.name for card in read(name).cards] == EXPECTED[name]


def test_shift_jis_named_per_property_plain_and_quoted_printable() -> None:
    result = read("docomo_shift_jis.vcf")
    taro, sora = result.cards
    assert taro.name == "山田 太郎" and taro.birthday == (1988, 3, 5)
    assert taro.notes == "大学の友達。表参道でソフトクリーム"
    assert contacts(taro) == [
        ("phone", "090-1234-5678", "mobile"),
        ("email", "taro.yamada@docomo.ne.jp", ""),
        ("address", "道玄坂1-2-3\n150-0043 渋谷区, 東京都", "home"),
    ]
    # 曽 and ソ end in the byte of a backslash; decoded first, they stay themselves.
    assert sora.name == "木曽 ソラ"
    # The reading of the name (SOUND) is no photo, and nothing is said about it.
    assert result.photos_left_out == 0 and not taro.remarks and not result.notices


def test_greek_and_ukrainian_character_sets() -> None:
    [giorgos] = read("nokia_greek.vcf").cards
    assert giorgos.notes == "Φίλος από τη Θεσσαλονίκη"
    olena, ihor = read("ukrainian_koi8u_cp1251.vcf").cards
    assert (olena.name, olena.notes) == ("Олена Ковальчук", "Їжачок із Житомира")
    assert ihor.name == "Ігор Ґудзь"


def test_utf16_with_and_without_a_byte_order_mark() -> None:
    data = (DATA / "windows_contacts_utf16.vcf").read_bytes()
    for variant in (data, data.removeprefix(codecs.BOM_UTF16_LE)):
        result = read_vcards(variant)
        [yuko] = result.cards
        assert (yuko.name, yuko.notes) == ("Yūko Nakamura", "Çok güzel — 東京")
        assert result.encoding == "utf-16"
        # Without its mark the file says nothing: the preview shows the guess.
        assert result.encoding_detected == (variant is not data)
    be = data.decode("utf-16").encode("utf-16-be")
    assert [c.name for c in read_vcards(be).cards] == ["Yūko Nakamura"]


def test_no_charset_and_not_utf8_is_detected_and_said() -> None:
    result = read("russian_cp1251_no_charset.vcf")
    assert result.encoding == "cp1251" and result.encoding_detected
    dmitry, _ = result.cards
    assert dmitry.notes == "Коллега по институту, любит шахматы и рыбалку."
    assert ("address", "улица Ленина, 5\n101000 Москва\nРоссия", "home") in contacts(dmitry)
    assert [n.message for n in result.notices] == [
        "The file does not say which character set it is in, and it is not UTF-8; "
        "it was read as Windows-1251."
    ]


def test_another_encoding_can_be_chosen() -> None:
    data = (DATA / "russian_cp1251_no_charset.vcf").read_bytes()
    result = read_vcards(data, encoding="koi8-r")
    assert result.encoding == "koi8-r" and result.encoding_chosen
    assert result.cards[0].name != "Дмитрий Сергеевич Иванов"
    assert [n.message for n in result.notices] == ["The file was read as KOI8-R, as chosen."]
    again = read_vcards(data, encoding="Windows-1251")
    assert [c.name for c in again.cards] == EXPECTED["russian_cp1251_no_charset.vcf"]


def test_iphone_cr_cr_lf_with_folded_photos_gives_every_card() -> None:
    result = read("iphone_crcrlf.vcf")
    assert result.photos_left_out == 3 and not result.problems
    assert contacts(result.cards[1]) == [("phone", "+46 70 123 45 67", "mobile")]
    assert all(not card.remarks for card in result.cards)


@pytest.mark.parametrize("eol", [b"\r", b"\n", b"\r\n"])
def test_lone_cr_lf_and_mixed_line_ends_with_folding(eol: bytes) -> None:
    data = (DATA / "iphone_crcrlf.vcf").read_bytes()
    single = data.replace(b"\r\r\n", eol)
    mixed = b"".join(
        line + (b"\r\r\n", b"\n", b"\r", b"\r\n")[n % 4]
        for n, line in enumerate(data.split(b"\r\r\n")[:-1])
    )
    for variant in (single, mixed):
        result = read_vcards(variant)
        assert [c.name for c in result.cards] == EXPECTED["iphone_crcrlf.vcf"]
        assert result.photos_left_out == 3


def test_outlook_broken_card_picture_loses_only_the_picture() -> None:
    result = read("outlook_cardpicture.vcf")
    anna, _ = result.cards
    assert contacts(anna) == [
        ("phone", "+49 30 1234567", "work"),
        ("email", "anna.fischer@contoso.example", ""),
    ]
    assert anna.organisation == "Contoso GmbH" and not anna.remarks
    assert result.photos_left_out == 1 and not result.problems


def test_unindented_21_base64_photo_ends_at_the_blank_line() -> None:
    result = read("sony_ericsson_photo.vcf")
    [lars] = result.cards
    assert contacts(lars) == [
        ("phone", "+47 912 34 567", "mobile"),
        ("email", "lars.berg@example.no", ""),
    ]
    assert result.photos_left_out == 1 and not lars.remarks


def test_invalid_base64_in_a_text_property_is_left_out_by_name() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim\r\nNOTE;ENCODING=b:!!!*\r\nTEL:+1 555 0100\r\n"
    [kim] = read_vcards(data + b"END:VCARD\r\n").cards
    assert remarks(kim) == ["line 4 (NOTE) is not valid base64 data; left out"]
    assert contacts(kim) == [("phone", "+1 555 0100", "")]


def test_kde_messenger_properties_are_passed_over() -> None:
    [jonas] = read("kde_kontact.vcf").cards
    assert (jonas.nickname, jonas.uid, jonas.anniversary) == ("Joni", "kde-7f3a2b", (2012, 6, 16))
    assert contacts(jonas) == [
        ("phone", "+49 151 23456789", "mobile"),
        ("email", "jonas@kde.example", ""),
    ]
    assert not jonas.remarks


def test_empty_parameter_is_ignored_with_a_remark() -> None:
    [giulia] = read("empty_parameter.vcf").cards
    assert contacts(giulia) == [
        ("phone", "+39 333 123 4567", "mobile"),
        ("address", "Via Roma 12\n40121 Bologna\nItalia", "home"),
    ]
    assert remarks(giulia) == [
        "line 5 (ADR) has an empty parameter; it was ignored",
        "line 6 (TEL) has an empty parameter; it was ignored",
    ]


def test_comment_lines_are_no_properties() -> None:
    [noor] = read("comment_line.vcf").cards
    assert contacts(noor) == [("email", "noor@club.example", "")] and not noor.remarks


def test_agent_cards_are_left_out_with_a_remark_never_cut_off() -> None:
    result = read("agent.vcf")
    rita, sam = result.cards
    assert not result.problems
    # The assistant's phone is not Rita's; her own e-mail after the nested card is.
    assert contacts(rita) == [
        ("phone", "+351 21 123 4567", "work"),
        ("email", "rita@example.pt", ""),
    ]
    assert remarks(rita) == ["the card of someone else inside it (AGENT, line 6) was left out"]
    assert contacts(sam) == [("phone", "+1 555 0199", "")]
    assert remarks(sam) == ["the card of someone else inside it (AGENT, line 18) was left out"]


def test_21_backslashes_are_literal_except_before_a_semicolon() -> None:
    [mei] = read("backslashes_2_1.vcf").cards
    assert mei.notes == r"Shares C:\Users\mei\new with me"
    assert contacts(mei) == [("address", "Block 5;Unit 3\n123456 Singapore\nSingapore", "home")]


def test_e_mail_with_a_display_name_is_stored_as_the_address() -> None:
    omega, theta = read("display_name_email.vcf").cards
    assert contacts(omega) == [("email", "omega@example.org", "")]
    # A card with no name is named by the display name, and is a named card then.
    assert (theta.name, theta.nameless) == ("Theta Brown", False)
    assert contacts(theta) == [("email", "theta@example.org", "")]


def test_nameless_cards_are_offered_under_their_phone_or_e_mail() -> None:
    result = read("android_nameless.vcf")
    kwame, phone_only, email_only = result.cards
    assert not kwame.nameless and phone_only.nameless and email_only.nameless
    assert contacts(phone_only) == [("phone", "+233 20 765 4321", "mobile")]
    assert remarks(email_only) == ["it has no name, so it is listed under its e-mail or phone"]
    [problem] = result.problems
    assert problem.position == 4 and "no name" in problem.reason.message


def test_qp_soft_breaks_without_indentation_join_the_value() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lind;Eva\r\n"
        b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tr=C3=A4ffa=\r\nde i G=C3=B6teborg=\r\n"
        b"END:VCARD\r\n"
    )
    [eva] = read_vcards(data).cards
    assert eva.name == "Eva Lind" and eva.notes == "Träffade i Göteborg"


def test_bytes_that_fit_no_character_set_are_named_per_card_and_in_a_summary() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Ko\xffch;Ana\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Lee;Bo\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    ana, bo = result.cards
    assert ana.name == "Ana Ko\ufffdch" and ana.unreadable_characters and not bo.remarks
    assert remarks(ana) == ["some characters (in N) could not be read and are shown as “�”"]
    assert [n.message for n in result.notices] == [
        "Cards with characters that could not be read, shown as “�”: 1."
    ]


@pytest.mark.parametrize(
    "charset", ["x-unknown", "mbcs", "raw_unicode_escape", "rot13", "hex", "…", "", "zlib"]
)
def test_a_charset_that_is_no_text_codec_is_named_and_the_file_encoding_used(
    charset: str,
) -> None:
    data = f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET={charset}:Müller;Jürgen\r\nEND:VCARD\r\n"
    [card] = read_vcards(data.encode("utf-8")).cards
    assert card.name == "Jürgen Müller"
    shown = charset if charset else "CHARSET="
    assert remarks(card) == (
        [
            f"line 3 (N) names the character set “{charset}”, which Kith does not know; "
            "it was read as UTF-8"
        ]
        if charset
        else [f"line 3 (N) has a parameter that is not one (“{shown}”); it was ignored"]
    )


def test_lone_surrogates_in_utf8_bytes_never_reach_the_text() -> None:
    note = "Ça va? Ünïcödé façade, naïve Zoë, smörgåsbord".encode()
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\xed\xa0\x80b\r\nNOTE:x\xed\xb2\x80" + note
    [card] = read_vcards(data + b"\r\nEND:VCARD\r\n").cards
    assert card.name == "A\ufffd\ufffd\ufffdb" and card.notes.endswith("smörgåsbord")
    card.name.encode("utf-8")
    card.notes.encode("utf-8")
    assert card.unreadable_characters
