"""Filling Qt-style "%1" placeholders in translated text (PySide6 tr() returns a str)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """Replace %1, %2 … in one pass, so a value that itself holds "%2" stays as typed."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
