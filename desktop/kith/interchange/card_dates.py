"""Important dates on a card: which property says which kind, and how labels are kept.

vCard itself has one birthday and one anniversary with no label. Apple's grouped label
(`itemN.X-ABDATE` with `itemN.X-ABLabel`) is what iOS, macOS and Google write and read for
every other date, so both the writer and the reader use it: the property names the kind
(BDAY, ANNIVERSARY or X-ANNIVERSARY, X-ABDATE for any other date) and the label, when
there is one, sits beside it in the same group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kith.domain.values import DateKind

APPLE_ANNIVERSARY = "_$!<Anniversary>!$_"
APPLE_OTHER = "_$!<Other>!$_"
BIRTHDAY_PROPERTIES = ("BDAY",)
ANNIVERSARY_PROPERTIES = ("ANNIVERSARY", "X-ANNIVERSARY")
OTHER_DATE_PROPERTIES = ("X-ABDATE",)
_APPLE_WORD = re.compile(r"^_\$!<(.*)>!\$_$")
MAX_LABEL = 200


@dataclass(frozen=True, slots=True)
class CardDate:
    """A yearly date as a card carries it; `year` is None when the card gives none."""

    kind: DateKind
    year: int | None
    month: int
    day: int
    label: str = ""


def read_date_label(prop_name: str, label: str) -> tuple[DateKind, str]:
    """The kind and the label of a date read from `prop_name` with this grouped label."""
    word = _APPLE_WORD.match(label.strip())
    if prop_name in BIRTHDAY_PROPERTIES:
        return DateKind.BIRTHDAY, "" if word else label.strip()[:MAX_LABEL]
    if prop_name in ANNIVERSARY_PROPERTIES:
        return DateKind.ANNIVERSARY, "" if word else label.strip()[:MAX_LABEL]
    if word:
        # Apple's own words for its built-in choices; any other word is the user's label.
        inner = word.group(1).strip()
        if inner.casefold() == "anniversary":
            return DateKind.ANNIVERSARY, ""
        return DateKind.CUSTOM, "" if inner.casefold() == "other" else inner[:MAX_LABEL]
    return DateKind.CUSTOM, label.strip()[:MAX_LABEL]
