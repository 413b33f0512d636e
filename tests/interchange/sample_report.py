"""For the samples written by `tests/data/vcf/make_real_world.py`: cards in each file,
cards the reader gives, and how many of those carry exactly the right name.

    .venv/bin/python tests/interchange/sample_report.py [SAMPLES_FOLDER]

Runs on any version of the reader (it uses only `read_vcards` and each card's name), so
the figures of two versions can be compared on the same files.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

from kith.interchange.vcard_read import read_vcards

_EDGE = re.compile(rb"^\s*(BEGIN|END)\s*:\s*VCARD\s*$", re.IGNORECASE)


def _expected(folder: Path) -> dict[str, list[str]]:
    spec = importlib.util.spec_from_file_location("make_real_world", folder / "make_real_world.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected: dict[str, list[str]] = module.EXPECTED
    return expected


def cards_in(data: bytes) -> int:
    """Cards at the top level (a card nested in AGENT is part of its card)."""
    depth = count = 0
    text = data.decode("utf-16") if data.startswith(b"\xff\xfe") else data
    raw = text.encode("utf-8") if isinstance(text, str) else text
    for line in raw.replace(b"\r", b"\n").split(b"\n"):
        edge = _EDGE.match(line)
        if edge and edge.group(1).upper() == b"BEGIN":
            count += depth == 0
            depth += 1
        elif edge:
            depth = max(0, depth - 1)
    return count


def report(folder: Path) -> tuple[int, int, int]:
    totals = [0, 0, 0]
    for name, names in _expected(folder).items():
        data = (folder / name).read_bytes()
        try:
            got = [card.name for card in read_vcards(data).cards]
        except Exception as exc:  # an old reader may crash or refuse the file: count 0
            got, why = [], f" ({type(exc).__name__})"
        else:
            why = ""
        right = sum((Counter(got) & Counter(names)).values())
        row = (cards_in(data), len(got), right)
        print(f"{name:32} in {row[0]:2}  imported {row[1]:2}  names right {row[2]:2}{why}")
        totals = [t + r for t, r in zip(totals, row, strict=True)]
    print(f"{'all samples':32} in {totals[0]:2}  imported {totals[1]:2}  names right {totals[2]:2}")
    return totals[0], totals[1], totals[2]


if __name__ == "__main__":
    here = Path(__file__).parents[1] / "data" / "vcf"
    report(Path(sys.argv[1]) if len(sys.argv) > 1 else here)
