"""Any text a person could type, paste or import comes back exactly as validation defines.

Right-to-left scripts, emoji sequences, combining marks, zero-width joiners, SQL-looking
names, percent signs and braces are kept unchanged; control characters are stripped and
blanks collapsed exactly as `kith.domain.validation` says; text at a limit is kept and
text one character over is refused with a message, writing nothing. Checked through the
services and through the CLI's --json output, by examples and by generated text.

Later parts (importers, GUI models, exports) can reuse HOSTILE and `hostile_text`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain import validation as v
from kith.domain.errors import ValidationError
from kith.domain.values import Mode
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput
from kith.storage.backup import rotating_backup

HOSTILE = (
    "Robert'); DROP TABLE person;--",
    "' OR '1'='1",
    "100% sure %s %(name)s %d %%",
    "{name} {0} {{}} ${HOME} `id` $(id)",
    "שלום עליכם",  # Hebrew, right to left
    "مرحبا بالعالم",  # Arabic, right to left, letters joined
    "abc\u202edcba\u202c",  # a right-to-left override inside a name
    "👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽",  # zero-width-joiner sequences, a skin tone modifier
    "Zoe\u0308 Cafe\u0301 n\u0303",  # combining marks, not precomposed
    "Z̴̡̛͓a̷̗͌l̶̰̈g̵͎̈́o̸̺͝",  # stacked combining marks
    "zero\u200bwidth\u200cnon\u200djoiner\ufeff",
    "C:\\new\\table\\x00 \\n",
    "<b>bold</b> &amp; \"quotes\" 'single'",
    "日本語の名前 한국어 中文",
    "\U0001d54f\U0001d56a\U0001d55c\U0001d565",  # letters beyond the Basic Multilingual Plane
)
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b[31m\x7f\x85"
NOON = datetime(2026, 11, 22, 12)

# Generated text: any character but a lone surrogate, mixed with the hostile fragments.
hostile_text = st.lists(
    st.one_of(
        st.sampled_from((*HOSTILE, CONTROLS, " ", "\t", "\n", "\r\n", "\u00a0", "\u3000")),
        st.text(st.characters(codec="utf-8"), max_size=12),
    ),
    max_size=6,
).map("".join)
REPEATABLE = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def expected_name(raw: str) -> str:
    """Validation's rule for names, titles and tags, restated: blanks (a tab, a line break)
    separate words, other controls go, runs of blanks become one space."""
    spaced = "".join(" " if ch.isspace() else ch for ch in raw)
    return " ".join("".join(ch for ch in spaced if unicodedata.category(ch) != "Cc").split())


def expected_note(raw: str) -> str:
    """Notes keep their lines and tabs; other controls go, line ends become \\n, ends trimmed."""
    kept = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc" or ch in "\n\t\r")
    return kept.replace("\r\n", "\n").strip()


@pytest.fixture
def svc(empty_db: Path) -> Iterator[Services]:
    services = open_services(empty_db, FixedClock(NOON, "UTC"))
    yield services
    services.close()


class Cli:
    """`kith --db DB ...` in this process, returning parsed --json output."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        code = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> dict[str, object]:
        # --json goes before a "--" that ends the options.
        cut = args.index("--") if "--" in args else len(args)
        code, out, err = self.run(*args[:cut], "--json", *args[cut:])
        assert code == 0, err
        data = json.loads(out)
        assert isinstance(data, dict)
        return data


@pytest.fixture
def cli(svc: Services, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(svc.ctx.db.path, capsys)


# --- examples ------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_through_the_services(svc: Services, text: str) -> None:
    person = svc.people.add(
        PersonInput(name=text, nickname=text, notes=f"{text}\n{text}", interests=(text,))
    )
    detail = svc.people.detail(person.id)
    assert (detail.summary.name, detail.summary.nickname) == (text, text)
    assert detail.notes == f"{text}\n{text}"
    assert detail.summary.interests == (text.casefold(),)
    assert svc.people.find(text).id == person.id
    follow_up = svc.follow_ups.add(person.id, text)
    assert follow_up.text == text
    logged = svc.interactions.log([person.id], Mode.CALL, note=text, place=text)
    assert (logged.note, logged.place) == (text, text)
    meetup = svc.meetups.plan(
        MeetupInput(title=text, person_ids=(person.id,), place=text, notes=text)
    )
    again = svc.meetups.get(meetup.id)
    assert (again.title, again.place, again.notes) == (text, text, text)
    assert svc.health.check().healthy


@pytest.mark.slow
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_through_the_cli_json(cli: Cli, text: str) -> None:
    added = cli.json("person", "add", "--note", text, "--interest", text, "--", text)
    assert added["name"] == text
    shown = cli.json("person", "show", f"#{added['id']}")
    assert (shown["name"], shown["notes"], shown["interests"]) == (text, text, [text.casefold()])
    logged = cli.json("log", f"#{added['id']}", "--mode", "call", "--note", text, "--place", text)
    assert (logged["note"], logged["place"]) == (text, text)
    planned = cli.json(
        "plan", "--with", f"#{added['id']}", "--at", "2026-12-01", "--place", text, "--", text
    )
    assert (planned["title"], planned["place"]) == (text, text)
    # Plain text output must not trip over it either.
    for command in (
        ("person", "list"),
        ("plans",),
        ("due",),
        ("person", "show", f"#{added['id']}"),
    ):
        code, _, err = cli.run(*command)
        assert code == 0 and err == "", err
    assert text in cli.run("person", "show", f"#{added['id']}")[1]


def test_control_characters_are_stripped_as_validation_defines(svc: Services) -> None:
    person = svc.people.add(
        PersonInput(name="An\x00\x07a\x1b\x7f\tSilva\n", notes=f"line 1\r\n\tline{CONTROLS} 2\n")
    )
    detail = svc.people.detail(person.id)
    assert detail.summary.name == "Ana Silva"  # a tab between words is a blank, not glue
    assert detail.notes == "line 1\n\tline[31m 2"
    meetup = svc.meetups.plan(MeetupInput(title=f"\x1b[2JCoffee{CONTROLS}", notes="\x00ok"))
    assert (meetup.title, meetup.notes) == ("[2JCoffee [31m", "ok")  # \x0b, \x0c, \x85: blanks


def test_bytes_that_are_not_utf8_are_refused_clearly(svc: Services, cli: Cli) -> None:
    broken = b"Ana \xff\xfe".decode("utf-8", "surrogateescape")  # as Python hands them over
    for call in (
        lambda: svc.people.add(PersonInput(name=broken)),
        lambda: svc.people.add(PersonInput(name="Ana", notes=broken)),
        lambda: svc.meetups.plan(MeetupInput(title=broken)),
    ):
        with pytest.raises(ValidationError, match="not valid text"):
            call()
    code, out, err = cli.run("person", "add", broken)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "argument 5" in err and "not valid UTF-8" in err
    assert svc.people.count() == 0


# --- limits ----------------------------------------------------------------------------

LIMITS = {
    # field: (limit, how to fill it, how to write it through the services)
    "name": v.MAX_NAME_LENGTH,
    "title": v.MAX_TITLE_LENGTH,
    "interest": v.MAX_TAG_LENGTH,
    "note": v.MAX_NOTE_LENGTH,
}


def _write(svc: Services, field: str, text: str) -> str:
    if field == "name":
        return svc.people.add(PersonInput(name=text)).name
    if field == "title":
        return svc.meetups.plan(MeetupInput(title=text)).title
    if field == "interest":
        return svc.people.add(PersonInput(name="Ana", interests=(text,))).interests[0]
    return svc.people.detail(svc.people.add(PersonInput(name="Ana", notes=text)).id).notes


@pytest.mark.parametrize("unit", ["a", "😀", "ש", "e\u0301"], ids=["ascii", "emoji", "rtl", "comb"])
@pytest.mark.parametrize("field", list(LIMITS))
def test_text_at_the_limit_is_kept_and_one_over_is_refused(
    svc: Services, field: str, unit: str
) -> None:
    limit = LIMITS[field]
    at_limit = (unit * limit)[:limit]  # limits count code points
    if field == "interest":
        at_limit = at_limit.casefold()
    assert _write(svc, field, at_limit) == at_limit
    before = (svc.people.count(), len(svc.meetups.list()), svc.profile.all_interests())
    with pytest.raises(ValidationError) as refused:
        _write(svc, field, at_limit + "x")
    assert f"{limit:,}" in str(refused.value) or str(limit) in str(refused.value)
    assert (svc.people.count(), len(svc.meetups.list()), svc.profile.all_interests()) == before


def test_the_cli_refuses_a_note_one_over_the_limit_in_one_line(cli: Cli, svc: Services) -> None:
    code, out, err = cli.run("person", "add", "Ana", "--note", "n" * (v.MAX_NOTE_LENGTH + 1))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "100,001 characters long; the limit is 100,000" in err
    code, out, err = cli.run("person", "add", "x" * (v.MAX_NAME_LENGTH + 1))
    assert code == 1 and "the limit is 200" in err
    assert svc.people.count() == 0
    assert cli.json("person", "add", "--note", "n" * v.MAX_NOTE_LENGTH, "Ana")["name"] == "Ana"


# --- generated text ------------------------------------------------------------------------


@REPEATABLE
@given(name=hostile_text, note=hostile_text)
def test_any_text_is_stored_exactly_as_validation_cleans_it(
    svc: Services, name: str, note: str
) -> None:
    try:
        person = svc.people.add(PersonInput(name=name, notes=note, nickname=name))
    except ValidationError:
        assert expected_name(name) == ""  # the only reason to refuse text this short
        return
    detail = svc.people.detail(person.id)
    assert detail.summary.name == expected_name(name) == detail.summary.nickname
    assert detail.notes == expected_note(note)
    assert json.loads(json.dumps(detail.to_json(), ensure_ascii=False))["notes"] == detail.notes
    assert v.clean_name(detail.summary.name) == detail.summary.name  # cleaning is idempotent


@pytest.mark.slow
@REPEATABLE
@given(title=hostile_text, note=hostile_text)
def test_any_text_round_trips_through_the_cli_json(cli: Cli, title: str, note: str) -> None:
    # A process's arguments cannot hold NUL; everything else is fair game.
    title, note = title.replace("\x00", ""), note.replace("\x00", "")
    ana = cli.json("person", "add", "Ana") if not cli.run("person", "show", "#1")[1] else {"id": 1}
    code, out, err = cli.run(
        "plan",
        f"--note={note}",
        f"--place={note}",
        "--with",
        f"#{ana['id']}",
        "--json",
        "--",
        title,
    )
    if not expected_name(title):
        assert code == 1 and "needs a title" in err
        return
    assert code == 0, err
    planned = json.loads(out)
    assert planned["title"] == expected_name(title)
    assert planned["notes"] == expected_note(note) and planned["place"] == expected_note(note)


# --- hostile file names -------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["100% sure? #1 {x}", "שלום 👩‍👩‍👧", "a'b\"c;--"])
def test_a_database_in_a_folder_with_any_name_is_that_file(tmp_path: Path, folder: str) -> None:
    """A "?", "#" or "%" in a path once made SQLite open a different file."""
    db_path = tmp_path / folder / "kith.sqlite3"
    svc = open_services(db_path, FixedClock(NOON, "UTC"))
    svc.people.add(PersonInput(name="Ana"))
    svc.close()
    backup = rotating_backup(
        db_path, tmp_path / folder / "backups", reason="daily", now=NOON, keep=2
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    for copy in (db_path, backup):
        again = open_services(copy, FixedClock(NOON, "UTC"))
        assert [p.name for p in again.people.list()] == ["Ana"]
        again.close()
