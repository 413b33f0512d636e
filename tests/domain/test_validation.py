"""Validation refuses bad input with a message that names the problem."""

import pytest

from kith.domain import validation as v
from kith.domain.errors import ValidationError
from kith.domain.values import Circle, Mode


def refused(fn: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args)  # type: ignore[operator]
    return info.value


def test_names_are_trimmed_and_empty_ones_refused() -> None:
    assert v.clean_name("  Ana   Silva \t") == "Ana Silva"
    assert refused(v.clean_name, "   ").field == "name"
    assert "empty" in refused(v.clean_name, "\x00\x07").message


def test_huge_names_and_notes_are_refused_with_their_size() -> None:
    assert "limit is 200" in refused(v.clean_name, "x" * 201).message
    assert "100,000" in refused(v.clean_note, "n" * 100_001).message


def test_any_unicode_is_kept_but_control_characters_are_dropped() -> None:
    assert v.clean_name("Zoë 王秀英 👋") == "Zoë 王秀英 👋"
    assert v.clean_name("Ana\x1b[31m") == "Ana[31m"
    assert v.clean_note("line one\r\nline\ttwo\x00") == "line one\nline\ttwo"


@pytest.mark.parametrize("days", [0, -3, 731, 10_000])
def test_rhythms_outside_one_to_730_days_are_refused(days: int) -> None:
    assert "1–730" in refused(v.check_rhythm, days).message


def test_rhythm_bounds_are_accepted() -> None:
    assert v.check_rhythm(1) == 1 and v.check_rhythm(730) == 730 and v.check_rhythm(None) is None


@pytest.mark.parametrize("text", ["2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31"])
def test_dates_that_do_not_exist_are_named(text: str) -> None:
    assert "not a date that exists" in refused(v.parse_day, text).message or "no month" in (
        refused(v.parse_day, text).message
    )


def test_malformed_dates_say_how_to_write_them() -> None:
    assert "YYYY-MM-DD" in refused(v.parse_day, "22/11/2026").message
    assert "HH:MM" in refused(v.parse_moment, "2026-11-22 noon").message
    assert "not a time of day" in refused(v.parse_moment, "2026-11-22 25:00").message


def test_yearly_dates_with_and_without_a_year() -> None:
    assert v.parse_yearly_date("1990-04-15") == (1990, 4, 15)
    assert v.parse_yearly_date("04-15") == (None, 4, 15)
    assert v.parse_yearly_date("--0415") == (None, 4, 15)
    assert v.parse_yearly_date("02-29") == (None, 2, 29)  # recurs in leap years
    assert "exist" in refused(v.parse_yearly_date, "1991-02-29").message
    assert "exist" in refused(v.parse_yearly_date, "02-30").message


def test_a_meetup_must_end_after_it_starts() -> None:
    start = v.parse_moment("2026-11-22 10:00")
    assert v.check_span(start, v.parse_moment("2026-11-22 11:30")) == 90
    assert refused(v.check_span, start, start).field == "end"
    assert "end after" in refused(v.check_duration, -5).message


def test_circles_and_modes_are_parsed_leniently_and_unknown_ones_listed() -> None:
    assert v.parse_circle(" Inner ") == Circle.INNER
    assert v.parse_mode("in person") == Mode.IN_PERSON
    assert v.parse_mode("IN_PERSON") == Mode.IN_PERSON
    assert "inner, close, friends, wider" in refused(v.parse_circle, "besties").message
    assert "in-person, call" in refused(v.parse_mode, "telepathy").message


def test_interests_compare_case_insensitively_and_deduplicate() -> None:
    assert v.clean_tags(["Climbing", " climbing ", "Board  Games"]) == ["climbing", "board games"]
    assert refused(v.clean_tag, "  ").field == "interest"
