"""Times importing thousands of contacts from one vCard file, as the GUI does it.

Usage: python tests/bench/import_benchmark.py [--people 5000]
Writes a realistic 3.0 file (phones, e-mails, addresses, birthdays, notes, some photos)
into a temporary folder, imports it into an empty database with a progress callback,
then imports it again (everyone matched, nobody added) and prints both times.
"""

from __future__ import annotations

import argparse
import base64
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from kith.bootstrap import open_services
from kith.clock import FixedClock

FIRST = [
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Emeka",
    "Fatima",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kavya",
    "Liam",
    "Mei",
    "Noah",
    "Olga",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tomás",
]
LAST = [
    "Lima",
    "Okafor",
    "Dubois",
    "Ivanov",
    "Nwosu",
    "Haddad",
    "Nguyen",
    "Sato",
    "García",
    "Weber",
    "Raman",
    "Murphy",
    "Chen",
    "Cohen",
    "Petrova",
    "Iyer",
    "Martin",
    "Rossi",
]


def card(rng: random.Random, index: int, photo: str) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{last};{first};;;",
        f"FN:{first} {last} {index}",
        f"TEL;TYPE=CELL:+1 555 {index:07d}",
        f"EMAIL;TYPE=INTERNET:{first.lower()}.{index}@example.org",
        f"ADR;TYPE=HOME:;;{index} Main Street;Springfield;OR;97403;USA",
    ]
    if rng.random() < 0.6:
        year = f"{rng.randint(1950, 2005)}-" if rng.random() < 0.6 else "--"
        lines.append(f"BDAY:{year}{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    if rng.random() < 0.3:
        lines.append("NOTE:Met at the climbing gym\\, likes board games\\nAsk about the trip.")
    if rng.random() < 0.1:
        lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}")
    lines.append(f"UID:bench-{index}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(1)
    photo = base64.b64encode(rng.randbytes(6000)).decode()
    clock = FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as folder:
        vcf = Path(folder) / "contacts.vcf"
        vcf.write_text("".join(card(rng, i, photo) for i in range(args.people)), "utf-8")
        svc = open_services(Path(folder) / "bench.sqlite3", clock)
        updates = 0

        def progress(done: int, total: int) -> None:
            nonlocal updates
            updates += 1

        start = time.perf_counter()
        result = svc.contacts.import_file(vcf, progress=progress)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = svc.contacts.import_file(vcf)
        second = time.perf_counter() - start
        size = vcf.stat().st_size / 1e6
        print(f"{args.people:,} cards, {size:.1f} MB")
        print(
            f"  first import:  {first:6.2f} s  ({len(result.added):,} added, "
            f"{updates:,} progress updates)"
        )
        print(
            f"  second import: {second:6.2f} s  ({len(again.added)} added, "
            f"{len(again.matched):,} already there)"
        )
        svc.close()


if __name__ == "__main__":
    main()
