"""`kith export-vcf` then `kith import-vcf` into an empty database gives back everyone, whole.

Random people with everything a card can carry, in many scripts, with the same names and
shared landlines that real families have, go out as vCard 3.0 and as 4.0 and come back in
an empty database: the same people, none lost, none merged, every field equal.

KITH_ROUNDTRIP_EXAMPLES sets how many random databases each version tries (25 by default); with
CI=true the examples are the same on every run.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.values import Circle, ContactKind, DateKind
from kith.interchange.vcard_write import stable_card_uid
from kith.services.app import Services
from kith.services.views import ContactView, PersonInput
from tests.conftest import START, copy_of

EXAMPLES = int(os.environ.get("KITH_ROUNDTRIP_EXAMPLES", "25"))

# Letters of many scripts, combining marks, emoji (one with a zero-width joiner), and the
# characters vCard escapes or splits on.
_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "áéíóúãçñøåäöüßłşğıİœÆÇĐđ"
    "ΑλέξηςΣοφία"
    "ДмитрийОльгаЖ"
    "王芳李明東京"
    "محمدعلي"
    "김민준"
    "अनिताशर्मा"
    "สมชาย"
    "שרה"
    "\u0301\u0308"
)
_SPECIAL = ";,\\:\"'.-_()&/+#@!?"
_EMOJI = ("😀", "🧗", "👩‍👩‍👧", "🇮🇩", "❤️")
_ONE_LINE = st.lists(
    st.one_of(
        st.sampled_from(_LETTERS),
        st.sampled_from(_SPECIAL),
        st.sampled_from(_EMOJI),
        st.just(" "),
    ),
    min_size=1,
    max_size=24,
).map("".join)
_MANY_LINES = st.lists(
    st.one_of(_ONE_LINE, st.sampled_from(["\n", "\n\n", "\t", "  "])), max_size=8
).map("".join)

# A few names and phones drawn by many people: same-name strangers and a family landline.
_COMMON_NAMES = ("Maria Garcia", "Budi Santoso", "王芳", "Ana; Silva, Jr", "Zoë \\ Ångström")
_LANDLINES = ("+62 21 555 0100", "030 1234567", "+351 21 346 1122")

_CONTACT_LABELS = ("", "mobile", "home", "work", "other", "fax", "pager", "main", "studio", "家")
_DATE_LABELS = ("", "Wedding anniversary", "Name day", "Hari jadi; pertama, kali", "入籍\\日")


def _yearly(year_known: bool) -> st.SearchStrategy[tuple[int | None, int, int]]:
    # 29 February with and without a year, and every other day of a year.
    day = st.tuples(st.integers(1, 12), st.integers(1, 31)).filter(
        lambda md: md[1] <= (29 if md[0] == 2 else 30 if md[0] in (4, 6, 9, 11) else 31)
    )
    if not year_known:
        return day.map(lambda md: (None, md[0], md[1]))
    # 1604 is the year Apple writes for "no year": a real 1604 cannot be told from it.
    return (
        st.tuples(st.integers(1900, 2030), day)
        .filter(lambda y: not (y[1] == (2, 29) and (y[0] % 4 or (y[0] % 100 == 0 and y[0] % 400))))
        .map(lambda y: (y[0], y[1][0], y[1][1]))
    )


_DATE = st.booleans().flatmap(_yearly)


@dataclass(frozen=True)
class Someone:
    data: PersonInput
    dates: tuple[tuple[DateKind, str, tuple[int | None, int, int]], ...]


def _email(local: str) -> str:
    return f"{local}@example.org"


@st.composite
def someone(draw: st.DrawFn) -> Someone:
    name = draw(st.one_of(st.sampled_from(_COMMON_NAMES), _ONE_LINE.filter(str.strip)))
    phones = draw(
        st.lists(
            st.tuples(
                st.one_of(
                    st.sampled_from(_LANDLINES),
                    st.from_regex(r"\+?[0-9]{2,4}( [0-9]{3,4}){1,3}", fullmatch=True),
                ),
                st.sampled_from(_CONTACT_LABELS),
            ),
            max_size=3,
        )
    )
    emails = draw(
        st.lists(
            st.tuples(
                st.from_regex(r"[a-z0-9][a-z0-9._+;,-]{0,12}", fullmatch=True).map(_email),
                st.sampled_from(_CONTACT_LABELS),
            ),
            max_size=2,
        )
    )
    addresses = draw(st.lists(st.tuples(_MANY_LINES, st.sampled_from(_CONTACT_LABELS)), max_size=2))
    contacts = (
        [ContactView(ContactKind.PHONE, v, label) for v, label in phones]
        + [ContactView(ContactKind.EMAIL, v, label) for v, label in emails]
        + [ContactView(ContactKind.ADDRESS, v, label) for v, label in addresses if v.strip()]
    )
    others = draw(
        st.lists(
            st.tuples(
                st.sampled_from([DateKind.ANNIVERSARY, DateKind.CUSTOM]),
                st.one_of(st.sampled_from(_DATE_LABELS), _ONE_LINE),
                _DATE,
            ),
            max_size=3,
            # Two equal dates on one person are one date to a card reader.
            unique_by=lambda d: (d[0], " ".join(d[1].split()), d[2]),
        )
    )
    data = PersonInput(
        name=name,
        nickname=draw(st.one_of(st.none(), _ONE_LINE)),
        organisation=draw(st.one_of(st.just(""), _ONE_LINE)),
        circle=draw(st.sampled_from(list(Circle))),
        notes=draw(_MANY_LINES),
        contacts=tuple(contacts),
        birthday=draw(st.one_of(st.none(), _DATE)),
    )
    return Someone(data, tuple(others))


def _fresh(template: Path, path: Path) -> Services:
    return open_services(copy_of(template, path), FixedClock(START, "Asia/Jakarta"))


def _everyone(svc: Services) -> list[tuple[object, ...]]:
    """Everything a card can carry, per person, in a form two databases can compare."""
    people = []
    for summary in svc.people.list(include_archived=True):
        detail = svc.people.detail(summary.id, timeline_limit=0)
        contacts = sorted(
            ((c.kind.value, c.value, c.label) for c in detail.contacts), key=lambda c: c[0]
        )
        dates = sorted(
            ((d.kind.value, d.label, d.year, d.month, d.day) for d in detail.dates), key=repr
        )
        people.append(
            (
                summary.name,
                summary.nickname,
                detail.organisation,
                detail.notes,
                tuple(contacts),
                tuple(dates),
            )
        )
    return sorted(people, key=repr)


def _uids(svc: Services) -> set[str]:
    with svc.ctx.db.reading() as s:
        from sqlalchemy import select

        from kith.storage.schema import Person

        rows = s.execute(
            select(Person.id, Person.card_uid, Person.created_at, Person.sync_id)
        ).all()
    return {
        uid or stable_card_uid(sync_id, pid, created.isoformat())
        for pid, uid, created, sync_id in rows
    }


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("CI") == "true",
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(someone(), min_size=1, max_size=8))
def test_export_then_import_into_an_empty_database_gives_everyone_back(
    migrated_template: Path, version: str, people: list[Someone]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        source = _fresh(migrated_template, here / "source.sqlite3")
        try:
            for person in people:
                added = source.people.add(person.data)
                for kind, label, (year, month, day) in person.dates:
                    source.people.add_date(added.id, kind, month, day, year, label)
            expected, uids = _everyone(source), _uids(source)
        finally:
            source.close()
        out = here / "people.vcf"
        db = str(here / "source.sqlite3")
        assert main(["--db", db, "export-vcf", str(out), "--version", version]) == 0
        target = here / "target.sqlite3"
        copy_of(migrated_template, target)
        assert main(["--db", str(target), "import-vcf", str(out)]) == 0
        back = open_services(target, FixedClock(START, "Asia/Jakarta"))
        try:
            assert back.people.count() == len(people)  # none lost, none merged
            assert _everyone(back) == expected
            assert _uids(back) == uids  # each comes back as the card it went out as
        finally:
            back.close()
