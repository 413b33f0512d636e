"""Filling Qt-style "%1" placeholders, in one pass, for every text Kith shows.

One pass means a value that itself holds "%2", "{name}" or "&" comes out exactly as typed:
a person named "Ana %2" is never filled a second time.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: str) -> str:
    """Replace %1, %2 … with `values`; a number with no value is left as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
