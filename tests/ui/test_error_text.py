"""Refusals shown in the user's language: the template translated, numbers and dates by QLocale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, Term, ValidationError
from kith.interchange.errors import unreadable
from kith.notify.base import NotDelivered, NotifierChain, NotifyError
from kith.ui.text.error_text import explain, explain_term

REFUSALS: list[Callable[[], object]] = [
    lambda: v.clean_name(""),
    lambda: v.clean_name("x" * 201),
    lambda: v.clean_optional_name("x" * 201, "nickname"),
    lambda: v.clean_note("x" * 100_001, "notes"),
    lambda: v.clean_note("\udc80", "follow-up"),
    lambda: v.clean_title(""),
    lambda: v.clean_tag(""),
    lambda: v.check_rhythm(0),
    lambda: v.parse_day("22/11/2026"),
    lambda: v.parse_yearly_date("02-30"),
    lambda: v.parse_circle("besties"),
    lambda: v.check_alarm(10**9),
]


def _refused(refuse: Callable[[], object]) -> KithError:
    with pytest.raises(KithError) as raised:
        refuse()
    return raised.value


@pytest.fixture
def english() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.mark.usefixtures("english")
def test_in_english_the_gui_says_what_the_command_line_says() -> None:
    for refuse in REFUSALS:
        error = _refused(refuse)
        assert explain(error) == error.message


@pytest.mark.usefixtures("indonesian")
def test_in_indonesian_every_refusal_is_translated_with_its_details_kept() -> None:
    for refuse in REFUSALS:
        error = _refused(refuse)
        shown = explain(error)
        assert shown != error.message, f"not translated: {error.message}"
        assert "%1" not in shown and "%2" not in shown
    assert explain(_refused(lambda: v.clean_name(""))) == "Nama tidak boleh kosong."
    assert "“besties”" in explain(_refused(lambda: v.parse_circle("besties")))


@pytest.mark.usefixtures("english")
def test_a_number_in_a_refusal_is_written_the_english_way_in_english() -> None:
    note = _refused(lambda: v.clean_note("x" * 100_001, "notes"))
    assert explain(note) == "The notes are 100,001 characters long; the limit is 100,000."


@pytest.mark.usefixtures("indonesian")
def test_a_number_in_a_refusal_is_written_the_indonesian_way_in_indonesian() -> None:
    note = _refused(lambda: v.clean_note("x" * 100_001, "notes"))
    shown = explain(note)
    assert "100.001" in shown and "100.000" in shown
    assert "100,001" not in shown
    # The command line keeps its English line whatever the GUI's language.
    assert note.message == "The notes are 100,001 characters long; the limit is 100,000."


@pytest.mark.usefixtures("indonesian")
def test_a_date_in_a_refusal_is_written_by_the_locale() -> None:
    error = KithError(
        QT_TRANSLATE_NOOP("Errors", "%1 is too long ago to log."),
        date(1800, 3, 4),
        code="interaction.day.too_early",
    )
    shown = explain(error)
    assert QLocale().toString(QDate(1800, 3, 4), QLocale.FormatType.ShortFormat) in shown
    assert "1800-03-04" not in shown


@pytest.mark.usefixtures("english")
def test_text_typed_by_the_user_comes_out_exactly_as_typed() -> None:
    typed = "Ana %2 {name} & Co"
    error = _refused(lambda: v.parse_circle(typed))
    assert (
        explain(error)
        == f"Unknown circle “{typed}”; use one of inner, close, friends, wider, unsorted."
    )


@pytest.mark.usefixtures("indonesian")
def test_a_nested_refusal_and_a_notifier_name_are_translated_too() -> None:
    class Failing:
        name = Term(QT_TRANSLATE_NOOP("Errors", "tray message"))

        def send(self, title: str, body: str) -> None:
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "there is no system tray"), code="notify.tray.missing"
            )

    with pytest.raises(NotDelivered) as raised:
        NotifierChain([Failing()]).deliver("t", "b")
    shown = explain(raised.value)
    assert (
        raised.value.message
        == "No notification could be shown (tray message: there is no system tray)."
    )
    assert "tray message" not in shown and "system tray" not in shown
    assert explain_term("tray message") in shown


def test_something_that_is_not_a_refusal_gets_a_plain_sentence_not_its_words() -> None:
    shown = explain(ValueError("invalid literal for int() with base 10: 'x'"))
    assert "invalid literal" not in shown and "Traceback" not in shown
    assert shown.endswith(".")


@pytest.mark.usefixtures("english")
def test_a_file_that_cannot_be_read_is_named() -> None:
    missing = Path("/nowhere/contacts.vcf")
    error = unreadable(missing, FileNotFoundError(2, "No such file or directory"))
    assert explain(error) == f"There is no file {missing}."
    assert isinstance(_refused(lambda: v.check_rhythm(0)), ValidationError)
