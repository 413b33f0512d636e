"""The vCard reader fed real samples mutated where real files go wrong.

Every sample in `tests/data/vcf` (under 100 kB) is mutated one to four times: parameters
and `CHARSET` names inserted (unknown ones, non-text codecs such as rot13 and hex, the
platform's mbcs, empty ones), line ends changed or mixed, lines folded anywhere, base64
and quoted-printable broken, UTF-8 bytes of lone surrogates inserted, huge lines and long
runs of one byte added, the file cut short. The reader must only return cards (with
problems and remarks) or refuse the file with `FileRefused`; no text it returns may hold
a lone surrogate, nor a U+FFFD the file did not hold without the card saying so; and no
case may take 10 s. A few hundred go through the service into a database, which must be
unchanged after a refusal and hold exactly the people added after an import.

Cases are seeded, so each run reads the same files; `KITH_FUZZ_SCALE` multiplies them.
"""

from __future__ import annotations

import random
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kith.interchange.errors import FileRefused
from kith.interchange.vcard_read import CardFile, read_vcards
from kith.services.app import Services
from tests.reliability.conftest import Figures
from tests.reliability.fuzz_support import Tally, import_or_refuse, scaled

DATA = Path(__file__).parents[1] / "data" / "vcf"
SAMPLES = {p.name: p.read_bytes() for p in sorted(DATA.glob("*.vcf")) if p.stat().st_size < 100_000}
LIMIT = 10.0  # seconds per case

CHARSETS = [
    b"x-unknown",
    b"mbcs",
    b"raw_unicode_escape",
    b"unicode_escape",
    b"rot13",
    b"hex",
    b"base64",
    b"zlib",
    b"uu_codec",
    b"idna",
    b"punycode",
    b"undefined",
    b"utf-7",
    b"utf-32",
    b"utf-16",
    "…".encode(),
    b"",
    b'"',
    b'"utf-8"',
    b"\x00",
    b"a" * 300,
    b"UTF-8",
    b"SHIFT_JIS",
    b"ISO-2022-JP",
    b"EUC-KR",
    b"Big5",
    b"GB18030",
    b"KOI8-U",
    b"ISO-8859-7",
    b"WINDOWS-1251",
    b"cp65001",
    b"latin-1",
]
PARAMS = [
    b";",
    b";;",
    b";=",
    b";X-=",
    b";=x",
    b';TYPE="',
    b";TYPE=" + b"," * 50,
    b";ENCODING=QUOTED-PRINTABLE",
    b";ENCODING=BASE64",
    b";ENCODING=b",
    b";BASE64",
    b";QUOTED-PRINTABLE",
    b";ENCODING=",
    b";VALUE=uri",
    b";X-APPLE-OMIT-YEAR=1604",
    b';LABEL="a;b:c"',
    b";CHARSET",
    b";CHARSET=",
]
ENDS = [b"\n", b"\r", b"\r\n", b"\r\r\n", b"\n\r"]
QP = [b"=", b"=\r\n", b"=Z", b"=C3", b"=\r\n\r\n", b"=3D", b"=FF=FE", b"==="]
BASE64 = [b"!!", b"====", b"*", b"A", b"\r\n", b"\r\n  ", b"\r\n\r\n", b"-_"]
SURROGATES = [b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xb2\x80x", b"\xf4\x90\x80\x80", b"\xc0\xaf"]
HUGE = [
    b"A" * 300_000,
    b";" * 100_000,
    b'"' * 50_000,
    b"\r" * 100_000,
    b" " * 100_000,
    b"=\r\n" * 20_000,
    b"\r\n " * 50_000,
    b"BEGIN:VCARD\r\n" * 5_000,
    b"AGENT:\r\nBEGIN:VCARD\r\n" * 3_000,
    b"EMAIL:" + b" " * 50_000 + b"<" + b"a@" * 20_000,
    b"N:" + b"\\" * 100_000,
    b"item1." * 20_000,
]


def _line_start(rng: random.Random, data: bytearray) -> int:
    """The start of a random line that has a colon (a property)."""
    starts = [0] + [i + 1 for i, byte in enumerate(data) if byte == 0x0A]
    for _ in range(8):
        at = rng.choice(starts)
        colon = data.find(b":", at, at + 300)
        if colon > at:
            return colon
    return rng.randrange(len(data) + 1)


def _insert(data: bytearray, at: int, what: bytes) -> bytearray:
    data[at:at] = what
    return data


def _charset(rng: random.Random, data: bytearray) -> bytearray:
    return _insert(data, _line_start(rng, data), b";CHARSET=" + rng.choice(CHARSETS))


def _param(rng: random.Random, data: bytearray) -> bytearray:
    return _insert(data, _line_start(rng, data), rng.choice(PARAMS))


def _ends(rng: random.Random, data: bytearray) -> bytearray:
    lines = bytes(data).replace(b"\r\n", b"\n").split(b"\n")
    if rng.random() < 0.5:
        return bytearray(rng.choice(ENDS).join(lines))
    return bytearray(b"".join(line + rng.choice(ENDS) for line in lines))


def _fold(rng: random.Random, data: bytearray) -> bytearray:
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(data) + 1)
        data = _insert(data, at, rng.choice(ENDS) + rng.choice([b" ", b"\t", b"  "]))
    return data


def _spot(rng: random.Random, data: bytearray, choices: list[bytes]) -> bytearray:
    return _insert(data, rng.randrange(len(data) + 1), rng.choice(choices))


def _truncate(rng: random.Random, data: bytearray) -> bytearray:
    return data[: rng.randrange(len(data) + 1)]


def _bytes(rng: random.Random, data: bytearray) -> bytearray:
    at = rng.randrange(len(data))
    end = min(len(data), at + rng.randint(1, 200))
    action = rng.choice(["flip", "cut", "repeat"])
    if action == "flip":
        data[at] ^= 1 << rng.randrange(8)
    elif action == "cut":
        del data[at:end]
    else:
        data[at:at] = data[at:end] * rng.randint(1, 4)
    return data


Mutation = Callable[[random.Random, bytearray], bytearray]
MUTATIONS: list[tuple[str, Mutation, int]] = [
    ("charset", _charset, 6),
    ("parameter", _param, 4),
    ("line ends", _ends, 2),
    ("folding", _fold, 3),
    ("base64", lambda rng, d: _spot(rng, d, BASE64), 2),
    ("quoted-printable", lambda rng, d: _spot(rng, d, QP), 2),
    ("surrogates", lambda rng, d: _spot(rng, d, SURROGATES), 3),
    ("truncation", _truncate, 2),
    ("bytes", _bytes, 3),
    ("huge", lambda rng, d: _spot(rng, d, HUGE), 1),
]


def mutated(seed: int) -> tuple[str, bytes]:
    """The case `seed`: which sample and mutations, and the bytes."""
    rng = random.Random(seed)
    name = rng.choice(sorted(SAMPLES))
    data = bytearray(SAMPLES[name])
    done = []
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        what, mutate, _ = rng.choices(MUTATIONS, weights=[w for *_, w in MUTATIONS])[0]
        data = mutate(rng, data)
        done.append(what)
    return f"{name} ({', '.join(done)})", bytes(data)


class TookTooLong(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stops a case that runs past the limit, so a hang fails the test instead of CI."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise TookTooLong

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _texts(result: CardFile) -> Iterator[tuple[bool, str]]:
    """(the card says some characters were unreadable, a text it holds)."""
    for card in result.cards:
        said = card.unreadable_characters
        yield said, card.name
        yield said, card.nickname or ""
        yield said, card.notes
        yield said, card.organisation
        for contact in card.contacts:
            yield said, contact.value
            yield said, contact.label
        for remark in card.remarks:
            yield True, remark.message
    for problem in result.problems:
        yield True, problem.describe()
    for notice in result.notices:
        yield True, notice.message


def _holds_fffd(data: bytes) -> bool:
    return any(mark in data for mark in (b"\xef\xbf\xbd", b"\xfd\xff", b"\xff\xfd", b"=EF=BF=BD"))


@dataclass
class Run:
    files: int = 0
    cards: int = 0
    refused: int = 0
    slowest: tuple[float, str] = (0.0, "")
    crashes: list[str] = field(default_factory=list)

    def line(self) -> str:
        seconds, what = self.slowest
        return (
            f"{self.files:,} mutated files ({self.cards:,} cards read, {self.refused:,} files "
            f"refused), {len(self.crashes)} crashes; slowest {seconds:.2f} s: {what}"
        )


def check(seed: int, run: Run, keep: Path) -> None:
    what, data = mutated(seed)
    start = time.perf_counter()
    try:
        with time_limit(LIMIT):
            result = read_vcards(data)
            for said, text in _texts(result):
                text.encode("utf-8")  # no lone surrogate anywhere
                if "\ufffd" in text and not said and not _holds_fffd(data):
                    raise AssertionError(f"an unannounced U+FFFD in {text[:60]!r}")
    except FileRefused as refused:
        assert str(refused).strip() and "\n" not in str(refused)
        run.refused += 1
    except Exception as exc:  # every other ending is a crash, kept for the report
        (keep / f"case-{seed}.vcf").write_bytes(data)
        run.crashes.append(f"case {seed}, {what}: {type(exc).__name__}: {exc}"[:300])
    else:
        run.cards += len(result.cards) + len(result.problems)
    elapsed = time.perf_counter() - start
    run.files += 1
    if elapsed > run.slowest[0]:
        run.slowest = (elapsed, f"case {seed}, {what}")


def fuzz_reader(cases: int, keep: Path, figures: Figures, first_seed: int = 0) -> Run:
    run = Run()
    for seed in range(first_seed, first_seed + cases):
        check(seed, run, keep)
    figures(run.line())
    assert not run.crashes, "\n".join(run.crashes[:10])
    assert run.slowest[0] < LIMIT, run.line()
    assert run.cards > cases and run.refused > 0
    return run


def fuzz_imports(cases: int, template: Path, work: Path, figures: Figures) -> Tally:
    """Through the service: a refusal leaves the database as it was, an import adds
    exactly the people it says it added, and nobody else."""
    tally = Tally()
    for seed in range(1_000_000, 1_000_000 + cases):
        _, data = mutated(seed)
        before: list[str] = []
        added: list[str] = []

        def run(
            svc: Services, path: Path, before: list[str] = before, added: list[str] = added
        ) -> object:
            before.extend(p.name for p in svc.people.list(include_archived=True))
            result = svc.contacts.import_file(path)
            added.extend(p.name for p in result.added)
            return result

        svc = import_or_refuse(template, work, "vcf", data, run, tally)
        if svc is not None:
            now = sorted(p.name for p in svc.people.list(include_archived=True))
            svc.close()
            assert now == sorted(before + added), f"case {seed}: the database holds others"
    figures(tally.line())
    assert tally.imported > 0 and tally.refused > 0
    return tally


def test_quick_fuzz_of_mutated_cards(tmp_path: Path, figures: Figures) -> None:
    fuzz_reader(scaled(400), tmp_path, figures, first_seed=5_000_000)


def test_quick_fuzz_of_imports(migrated_template: Path, tmp_path: Path, figures: Figures) -> None:
    fuzz_imports(scaled(15), migrated_template, tmp_path, figures)


@pytest.mark.slow
def test_fuzz_of_20000_mutated_cards(tmp_path: Path, figures: Figures) -> None:
    fuzz_reader(scaled(20_000), tmp_path, figures)


@pytest.mark.slow
def test_fuzz_of_imports_into_a_database(
    migrated_template: Path, tmp_path: Path, figures: Figures
) -> None:
    fuzz_imports(scaled(300), migrated_template, tmp_path, figures)
