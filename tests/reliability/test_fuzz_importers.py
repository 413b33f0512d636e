"""Every importer, fed generated files: only Kith's clear errors, never half a write.

Kith reads two kinds of file: vCards (`services.contacts`) and its JSON archive
(`services.archive`). It writes .ics but never reads one (nothing in kith/ parses
iCalendar), so there is no calendar importer to fuzz. Each case imports into a copy of a
database; a refusal must be one KithError line and leave the file byte for byte as it
was; a success must leave `health.check()` healthy and every reader working. The cases
are derandomized, so CI runs the same ones each time; their number is printed at the end
(KITH_FUZZ_SCALE=4 runs four times as many, e.g. before a release).
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import ContactKind
from kith.services.app import Services
from kith.services.views import ContactView, PersonInput
from tests.reliability.conftest import Figures
from tests.reliability.fuzz_support import (
    NOON,
    Tally,
    fuzz_settings,
    import_or_refuse,
    read_everything,
)
from tests.reliability.test_hostile_text import HOSTILE, hostile_text

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).parents[1] / "data" / "vcf"
# The 1.5 MB one-line sample is fuzzed by its own test in tests/interchange; mutating it
# here would spend the budget copying bytes.
SAMPLE_BYTES = {
    p.name: p.read_bytes() for p in sorted(SAMPLES.glob("*.vcf")) if p.stat().st_size < 100_000
}
# Cases per importer (KITH_FUZZ_SCALE multiplies them); about 0.1 s each on a laptop.
EXAMPLES = {"random bytes": 150, "mutated samples": 250, "near-vCards": 250, "archives": 200}


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two people already there, so imports also meet matching by e-mail, phone and name."""
    path = tmp_path_factory.mktemp("seeded") / "kith.sqlite3"
    svc = open_services(path, FixedClock(NOON, "UTC"))
    svc.people.add(
        PersonInput(
            name="Ana Silva",
            contacts=(ContactView(ContactKind.EMAIL, "ana@example.org", "home"),),
        )
    )
    svc.people.add(PersonInput(name="Bo Chen"))
    svc.close()
    return path


@pytest.fixture
def work(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "cases"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# --- vCards ----------------------------------------------------------------------------


def _import_vcards(svc: Services, path: Path) -> object:
    preview = svc.contacts.preview(path)
    result = svc.contacts.import_file(path)
    assert len(result.added) == len(preview.to_add)
    return result


def _fuzz_vcards(
    strategy: st.SearchStrategy[bytes], name: str, template: Path, work: Path, figures: Figures
) -> Tally:
    tally = Tally()

    @fuzz_settings(EXAMPLES[name])
    @given(payload=strategy)
    def case(payload: bytes) -> None:
        svc = import_or_refuse(template, work, "vcf", payload, _import_vcards, tally)
        if svc is not None:
            read_everything(svc, people_only=True)
            # What came in goes out again and reads back as the same people.
            out = work / "again.vcf"
            svc.contacts.export_file(out, include_archived=True)
            names = sorted(c.name for c in svc.contacts.read_file(out).cards)
            assert names == sorted(p.name for p in svc.people.list(include_archived=True))
            svc.close()

    case()
    figures(tally.line())
    return tally


def test_vcard_import_of_random_bytes(seeded_template: Path, work: Path, figures: Figures) -> None:
    _fuzz_vcards(st.binary(max_size=4000), "random bytes", seeded_template, work, figures)


@st.composite
def mutated_sample(draw: st.DrawFn) -> bytes:
    """A real phone's or program's export with bytes cut, repeated, spliced or changed."""
    data = bytearray(SAMPLE_BYTES[draw(st.sampled_from(sorted(SAMPLE_BYTES)))])
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        end = draw(st.integers(at, min(len(data), at + 200)))
        action = draw(
            st.sampled_from(["cut", "repeat", "insert", "flip", "splice", "truncate", "eol"])
        )
        if action == "cut":
            del data[at:end]
        elif action == "repeat":
            data[at:at] = data[at:end] * draw(st.integers(1, 4))
        elif action == "insert":
            data[at:at] = draw(
                st.one_of(
                    st.binary(max_size=40),
                    st.sampled_from(
                        [
                            b"\r\n ",
                            b"\r\n\t",
                            b"=\r\n",
                            b"=C3=A9",
                            b"=XZ",
                            b";",
                            b":",
                            b"\\",
                            b"\\n",
                            b"\x00",
                            b"\xff\xfe",
                            b"BEGIN:VCARD\r\n",
                            b"END:VCARD\r\n",
                            b";ENCODING=QUOTED-PRINTABLE",
                            b";CHARSET=klingon",
                            b";ENCODING=b",
                            b'"',
                            b",",
                            b"item1.",
                            b"\xe2\x80\xae",
                        ]
                    ),
                    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                )
            )
        elif action == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "splice":
            other = SAMPLE_BYTES[draw(st.sampled_from(sorted(SAMPLE_BYTES)))]
            start = draw(st.integers(0, max(0, len(other) - 1)))
            data[at:end] = other[start : start + draw(st.integers(0, 400))]
        elif action == "truncate":
            del data[at:]
        else:
            data[:] = data.replace(b"\r\n", draw(st.sampled_from([b"\n", b"\r", b"\n\r"])))
    return bytes(data)


def test_vcard_import_of_mutated_real_samples(
    seeded_template: Path, work: Path, figures: Figures
) -> None:
    tally = _fuzz_vcards(mutated_sample(), "mutated samples", seeded_template, work, figures)
    assert tally.imported > 0 and tally.refused > 0


PROPERTIES = [
    "FN",
    "N",
    "NICKNAME",
    "TEL",
    "EMAIL",
    "ADR",
    "BDAY",
    "ANNIVERSARY",
    "NOTE",
    "ORG",
    "UID",
    "PHOTO",
    "URL",
    "X-ABLabel",
    "item1.TEL",
    "item1.X-ABLabel",
    "X-ANNIVERSARY",
    "CATEGORIES",
    "fn",
    "Tel",
]
PARAMS = [
    "",
    ";TYPE=CELL",
    ";TYPE=home,work",
    ";type=INTERNET;type=pref",
    ";PREF=1",
    ";ENCODING=QUOTED-PRINTABLE",
    ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
    ";CHARSET=ISO-8859-1",
    ";CHARSET=nonsense",
    ";ENCODING=b",
    ";ENCODING=BASE64",
    ";VALUE=uri",
    ";VALUE=date",
    ';LABEL="a;b:c"',
    ';TYPE="unterminated',
    ";X-=",
    ";;",
    ";=x",
    ";ALTID=1;LANGUAGE=he",
]
ODD_VALUES = [
    "--0229",
    "--1301",
    "2025-02-29",
    "1604-03-15",
    "19850412",
    "0000-01-01",
    "2026-02-30T10:00:00Z",
    "99999999",
    "=C3=A9l=C3=A9onore",
    "=E9l=E9onore",
    "=ZZ",
    "=\r\n",
    "Silva;Ana;;;",
    ";;;;;;;;;;",
    "\\,\\;\\n\\N\\\\",
    "tel:+1-555-0100",
    "mailto:x",
    "not-an-email",
    "+44 (0)20 7946 0000 ext. 12",
    "AAAA",
    "!!!!",
]


@st.composite
def near_vcard(draw: st.DrawFn) -> bytes:
    """Files that look like vCards but fold, encode and parametrise things oddly."""
    eol = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    cards = []
    for _ in range(draw(st.integers(1, 4))):
        lines = ["BEGIN:VCARD"]
        version = draw(st.sampled_from(["2.1", "3.0", "4.0", "9.9", "", None]))
        if version is not None:
            lines.append(f"VERSION:{version}")
        for _ in range(draw(st.integers(0, 10))):
            value = draw(
                st.one_of(st.sampled_from(ODD_VALUES), st.sampled_from(HOSTILE), hostile_text)
            )
            lines.append(
                f"{draw(st.sampled_from(PROPERTIES))}{draw(st.sampled_from(PARAMS))}:{value}"
            )
        if draw(st.booleans()):
            lines.append("END:VCARD")
        text = eol.join(lines)
        # Fold anywhere, even inside a multi-byte character's neighbourhood or an escape.
        for _ in range(draw(st.integers(0, 4))):
            if text:
                at = draw(st.integers(0, len(text)))
                text = text[:at] + eol + draw(st.sampled_from([" ", "\t", "  "])) + text[at:]
        cards.append(text)
    body = eol.join(cards) + draw(st.sampled_from([eol, "", eol * 3]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    return body.encode(encoding, errors="replace")


def test_vcard_import_of_near_vcards(seeded_template: Path, work: Path, figures: Figures) -> None:
    tally = _fuzz_vcards(near_vcard(), "near-vCards", seeded_template, work, figures)
    assert tally.imported > 0 and tally.refused > 0


# --- the JSON archive --------------------------------------------------------------------


@pytest.fixture(scope="module")
def valid_archive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("archive-source")
    svc = open_services(folder / "k.sqlite3", FixedClock(NOON, "UTC"))
    svc.demo.fill(people=6, years=1, seed=5)
    # Settings the app reads back, so a mutated one meets its reader.
    svc.settings.digest_time = time(8, 30)
    svc.settings.quiet_start = time(22, 0)
    svc.settings.paused_until = datetime(2026, 11, 23, tzinfo=UTC)
    archive: dict[str, Any] = json.loads(svc.archive.archive_text())
    svc.close()
    assert archive["people"] and archive["interactions"] and archive["meetups"]
    return archive


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _paths(value, (*path, n))


BAD_VALUES = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            False,
            0,
            -1,
            1,
            2**31,
            2**63 - 1,
            2**63,
            2**64,
            -(2**63) - 1,
            10**40,
            1.5,
            1e308,
            -0.0,
            "",
            " ",
            "x" * 100_001,
            [],
            {},
            [None],
            {"": None},
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "0000-01-01",
            "9999-12-31",
            "2026-02-29T10:00:00+00:00",
            "2026-11-22T10:00:00",
            "0001-01-01T00:00:00+05:00",
            "9999-12-31T23:59:59-12:00",
            "2026-11-22T25:00:00Z",
            "\ud800",
            "a\udc80b",
            "Europe/Atlantis",
            "../../etc/passwd",
            "in_person",
            "inner",
            "birthday",
            "email",
            "Robert'); DROP TABLE person;--",
        ]
    ),
    st.integers(),
    st.sampled_from(HOSTILE),
    hostile_text,
)


FREE_TEXT = {"name", "nickname", "notes", "note", "title", "place", "text", "label", "value"}


@st.composite
def mutated_archive(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    """A valid archive with one to four things wrong: a value of the wrong type or out of
    range, a key gone, a record repeated (a duplicate id) or removed (dangling references),
    or hostile text in what a person writes."""
    archive = copy.deepcopy(base)
    # Half the cases only put hostile text into free-text fields, which mostly imports: the
    # writing half of the importer is fuzzed too, not only its refusals.
    gentle = draw(st.booleans())
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(archive) if p and (not gentle or p[-1] in FREE_TEXT)]
        path = draw(st.sampled_from(paths))
        parent = archive
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "repeat", "shift"]))
        if gentle or (isinstance(parent[last], str) and draw(st.booleans())):
            parent[last] = draw(st.one_of(st.sampled_from(HOSTILE), hostile_text))
        elif action == "replace":
            parent[last] = draw(BAD_VALUES)
        elif action == "delete":
            del parent[last]
        elif action == "repeat" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif isinstance(parent[last], int) and not isinstance(parent[last], bool):
            parent[last] += draw(st.sampled_from([1, -1, 1000, 2**62]))
        else:
            parent[last] = draw(BAD_VALUES)
    text = json.dumps(archive, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8", "surrogatepass")


def _data(archive_text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(archive_text)
    del data["exported_at"]
    return data


def _import_archive(svc: Services, path: Path) -> object:
    return svc.archive.import_file(path)


def test_archive_import_of_mutated_archives(
    migrated_template: Path, work: Path, valid_archive: dict[str, Any], figures: Figures
) -> None:
    tally = Tally()

    @fuzz_settings(EXAMPLES["archives"])
    @given(payload=mutated_archive(valid_archive))
    def case(payload: bytes) -> None:
        svc = import_or_refuse(migrated_template, work, "json", payload, _import_archive, tally)
        if svc is not None:
            read_everything(svc)
            # What was let in goes out and back in again unchanged.
            text = svc.archive.archive_text()
            svc.close()
            (work / "again.json").write_text(text, encoding="utf-8")
            again = import_or_refuse(
                migrated_template, work, "again", text.encode(), _import_archive, Tally()
            )
            assert again is not None, "an archive Kith wrote was refused"
            assert _data(again.archive.archive_text()) == _data(text)
            again.close()

    case()
    figures(tally.line())
    assert tally.refused > 0 and tally.imported > 0
