"""Each command of `kith`, including how it fails: one line on stderr, non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kith.cli.main import main


class Kith:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        return out

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, "--json"))

    def fails(self, *args: str, code: int = 1) -> str:
        got, out, err = self(*args)
        assert got == code, (out, err)
        assert err.startswith("kith: ") and err.count("\n") == 1 and "Traceback" not in err
        return err


@pytest.fixture
def kith(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    return Kith(empty_db, capsys)


def test_person_add_list_show(kith: Kith) -> None:
    out = kith.ok(
        "person",
        "add",
        "Ana Silva",
        "--circle",
        "close",
        "--interest",
        "climbing",
        "--birthday",
        "1990-04-15",
        "--email",
        "ana@example.org",
    )
    assert "Added Ana Silva (#1) to close, every 14 days." in out
    assert "A rhythm needs a circle" in kith.fails("person", "add", "Ben", "--every", "21")
    kith.ok("person", "add", "Ben", "--every", "21", "--circle", "friends")
    listed = kith.json("person", "list")
    assert [(p["name"], p["rhythm_days"]) for p in listed] == [("Ana Silva", 14), ("Ben", 21)]  # type: ignore[index]
    shown = kith.ok("person", "show", "ana")
    assert "Close circle, every 14 days" in shown and "ana@example.org" in shown
    assert kith.json("person", "show", "Ana Silva")["interests"] == ["climbing"]  # type: ignore[index]


def test_person_add_refuses_bad_input(kith: Kith) -> None:
    assert "cannot be empty" in kith.fails("person", "add", "   ")
    assert "1–730" in kith.fails("person", "add", "Ana", "--every", "0")
    assert "Unknown circle" in kith.fails("person", "add", "Ana", "--circle", "besties")
    assert "not a date that exists" in kith.fails("person", "add", "Ana", "--birthday", "02-30")
    assert kith.json("person", "list") == []


def test_me_sets_interests_and_rhythms(kith: Kith) -> None:
    data = kith.json("me", "--interest", "Climbing", "--interest", "jazz", "--rhythm", "close=21")
    assert data == {
        "interests": ["climbing", "jazz"],
        "rhythms": {"inner": 7, "close": 21, "friends": 30, "wider": 90},
    }
    assert "should look like close=21" in kith.fails("me", "--rhythm", "close")


def test_log_then_due_shows_who_to_see(kith: Kith) -> None:
    kith.ok("person", "add", "Ana", "--circle", "close", "--interest", "climbing")
    kith.ok("person", "add", "Ben", "--circle", "close")
    kith.ok("me", "--interest", "climbing")
    kith.ok("log", "Ana", "--on", "2020-01-01")
    kith.ok("log", "Ben", "--on", "2020-01-20", "--mode", "in-person")
    kith.ok("log", "Ana", "--mode", "call", "--note", "Quick hello")
    due = kith.json("due", "--on", "2020-02-10")
    people = due["people"]  # type: ignore[index]
    assert [p["name"] for p in people] == ["Ana", "Ben"]
    assert people[0]["state"] == "overdue" and people[0]["days_overdue"] == 26
    assert people[0]["last_in_person"] == "2020-01-01"
    assert people[0]["shared_interests"] == ["climbing"]
    text = kith.ok("due", "--on", "2020-02-10")
    assert "Ana" in text and "overdue by 26 days" in text


def test_log_errors_name_the_problem(kith: Kith) -> None:
    kith.ok("person", "add", "Ana Silva")
    kith.ok("person", "add", "Ana Costa")
    err = kith.fails("log", "Ana")
    assert "matches 2 people" in err and "Ana Costa (#2)" in err and "Ana Silva (#1)" in err
    assert "No one called “Zed”" in kith.fails("log", "Zed")
    assert "Unknown mode" in kith.fails("log", "Ana Silva", "--mode", "dance")
    assert "future" in kith.fails("log", "Ana Silva", "--on", "2999-01-01")


def test_plan_list_done_and_cancel(kith: Kith) -> None:
    kith.ok("person", "add", "Ana")
    kith.ok("person", "add", "Ben")
    planned = kith.json(
        "plan",
        "Coffee",
        "--with",
        "Ana",
        "--with",
        "Ben",
        "--at",
        "2026-11-20 10:00",
        "--place",
        "Corner café",
    )
    assert planned["status"] == "planned" and planned["people"] == ["Ana", "Ben"]  # type: ignore[index]
    kith.ok("plan", "Walk", "--with", "Ana", "--at", "2026-12-24")
    listed = kith.json("plans")
    assert [m["title"] for m in listed] == ["Coffee", "Walk"]  # type: ignore[index]
    assert listed[1]["all_day"] is True  # type: ignore[index]
    assert "logged in person with Ana, Ben" in kith.ok("done", "1", "--on", "2026-11-20")
    assert kith.json("person", "show", "Ben")["last_in_person"] == "2026-11-20"  # type: ignore[index]
    assert "already done" in kith.fails("done", "1")
    assert "Cancelled" in kith.ok("cancel", "2")
    assert kith.json("plans") == []
    assert "no meetup #99" in kith.fails("done", "99")
    assert "not a date" in kith.fails("plan", "X", "--with", "Ana", "--at", "tomorrow 10am")
    assert "not a time" in kith.fails("plan", "X", "--with", "Ana", "--at", "2027-01-01 10am")


def test_demo_and_check(kith: Kith) -> None:
    assert "Made 30 people" in kith.ok("demo", "--people", "30", "--seed", "3")
    assert "is healthy: 30 people" in kith.ok("check")
    assert kith.json("check")["healthy"] is True  # type: ignore[index]
    assert "already has 30 people" in kith.fails("demo")


def test_usage_errors_exit_2_without_traceback(kith: Kith) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(kith.db), "log"])
    assert info.value.code == 2
    assert "kith: " in kith.capsys.readouterr().err


def test_a_broken_database_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database at all\n" * 200)
    assert main(["--db", str(bad), "due"]) == 1
    err = capsys.readouterr().err
    assert "is not a Kith database" in err and err.count("\n") == 1


def test_kith_db_environment_variable_and_python_dash_m(tmp_path: Path) -> None:
    env_db = tmp_path / "from-env.sqlite3"
    run = subprocess.run(
        [sys.executable, "-m", "kith", "person", "add", "Ana"],
        capture_output=True,
        text=True,
        env={"KITH_DB": str(env_db), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    assert env_db.exists()


def test_only_a_database_path_opens_the_app_without_parsing_commands() -> None:
    from kith.cli.main import _app_only

    assert _app_only([]) is not None
    assert _app_only(["--db", "my.sqlite3"]).db == Path("my.sqlite3")  # type: ignore[union-attr]
    assert _app_only(["--db=my.sqlite3"]).db == Path("my.sqlite3")  # type: ignore[union-attr]
    for args in (["--db", "--help"], ["--db="], ["due"], ["--db", "x", "due"], ["--version"]):
        assert _app_only(args) is None, args


def test_today_prints_the_short_list_closest_first_with_why_and_counts_the_rest(
    kith: Kith,
) -> None:
    kith.ok("person", "add", "Wanda Wider", "--circle", "wider")
    kith.ok("person", "add", "Ines Inner", "--circle", "inner", "--lean-on")
    for n in range(8):
        kith.ok("person", "add", f"Fran {n}", "--circle", "friends")
    kith.ok("log", "Wanda Wider", "--on", "2020-01-01")  # 60 days past a 90-day rhythm
    kith.ok("log", "Ines Inner", "--on", "2020-03-21")  # 3 days past a weekly one
    for n in range(8):
        kith.ok("log", f"Fran {n}", "--on", f"2020-02-{10 + n:02}")
    text = kith.ok("today", "--on", "2020-03-31")
    lines = text.splitlines()
    assert lines[0] == "Worth seeing in person (2020-03-31):"
    assert lines[1].split()[:2] == ["Ines", "Inner"]
    assert "Inner circle · a week and a half since you met · someone you can lean on" in lines[1]
    assert len(lines) == 1 + 7 + 1 and lines[-1] == "  … and 3 more due (see `kith due`)."

    got = kith.json("today", "--on", "2020-03-31")
    assert isinstance(got, dict)
    assert got["due_total"] == 10 and got["others_due"] == 3
    first = got["people"][0]
    assert first["name"] == "Ines Inner"
    assert first["reason"] == {
        "kind": "late",
        "circle": "inner",
        "days_since_met": 10,
        "days_until_due": -3,
        "lean_on": True,
        "birthday_in_days": None,
    }
    due = kith.json("due", "--on", "2020-03-31")
    shown = [p["name"] for p in got["people"]]
    assert [p["name"] for p in due["people"]][: len(shown)] == shown  # type: ignore[index]
    assert len(due["people"]) == 10  # type: ignore[index]
    assert "Wanda Wider" not in shown


def test_people_added_without_a_circle_or_imported_are_not_sorted_yet_and_never_due(
    kith: Kith, tmp_path: Path
) -> None:
    out = kith.ok("person", "add", "Pizza Roma")
    assert "Added Pizza Roma (#1), not sorted into a circle yet." in out
    kith.ok("person", "add", "Ana", "--circle", "unsorted")
    card = tmp_path / "phone.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Taxi Central\r\nTEL:+49301234\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    kith.ok("import-vcf", str(card))
    people = kith.json("person", "list")
    assert isinstance(people, list)
    assert {p["circle"] for p in people} == {"unsorted"} and len(people) == 3
    assert {p["state"] for p in people} == {"unsorted"}
    assert kith.json("due")["people"] == []  # type: ignore[index]
    assert kith.json("today")["due_total"] == 0  # type: ignore[index]
    kith.ok("person", "add", "Ben", "--circle", "close")
    assert [p["name"] for p in kith.json("due")["people"]] == ["Ben"]  # type: ignore[index]
