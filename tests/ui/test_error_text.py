"""Refusals from the domain read the same in English and are translated into Indonesian."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from kith.domain import validation as v
from kith.domain.errors import ValidationError
from kith.ui.text.error_text import explain

NOON = datetime(2026, 11, 22, 12, tzinfo=UTC)
MIDNIGHT = datetime(2026, 11, 22, tzinfo=UTC)

REFUSALS: list[Callable[[], object]] = [
    lambda: v.clean_name(""),
    lambda: v.clean_name("x" * 201),
    lambda: v.clean_optional_name("x" * 201, "nickname", "Nickname"),
    lambda: v.clean_note("x" * 100_001, "notes"),
    lambda: v.clean_title(""),
    lambda: v.clean_tag(""),
    lambda: v.check_rhythm(0),
    lambda: v.parse_day("22/11/2026"),
    lambda: v.parse_yearly_date("02-30"),
    lambda: v.check_alarm(10**9),
    lambda: v.check_span(
        datetime(2026, 11, 22, 12, tzinfo=UTC), datetime(2026, 11, 22, tzinfo=UTC)
    ),
]


def _messages() -> list[str]:
    messages = []
    for refuse in REFUSALS:
        with pytest.raises(ValidationError) as raised:
            refuse()
        messages.append(raised.value.message)
    return messages


def test_without_a_translation_the_domain_words_are_shown_unchanged() -> None:
    for message in _messages():
        assert explain(ValidationError("field", message)) == message


@pytest.mark.usefixtures("indonesian")
def test_with_indonesian_each_refusal_is_translated_with_its_details_kept() -> None:
    for message in _messages():
        shown = explain(ValidationError("field", message))
        assert shown != message, f"not translated: {message}"
        assert "%1" not in shown and "%2" not in shown
    assert explain(ValidationError("name", "Name cannot be empty.")) == "Nama tidak boleh kosong."
    assert explain("The notes is 100,001 characters long; the limit is 100,000.") == (
        "Catatan panjangnya 100,001 karakter; batasnya 100,000."
    )


def test_an_unknown_message_is_shown_as_it_came() -> None:
    assert explain(ValueError("Something new went wrong.")) == "Something new went wrong."
