"""Why someone is worth seeing, in English and in Indonesian."""

from __future__ import annotations

import pytest

from kith.domain.priority import Reason, ReasonKind
from kith.domain.values import Circle
from kith.ui.text.reasons import reason_words


def _reason(
    kind: ReasonKind = ReasonKind.LATE,
    since: int | None = 10,
    *,
    lean_on: bool = False,
    birthday: int | None = None,
) -> Reason:
    return Reason(kind, Circle.INNER, since, -3, lean_on, birthday)


@pytest.mark.usefixtures("qapp")
def test_reasons_read_as_a_person_would_say_them() -> None:
    assert reason_words(_reason()) == "Inner circle · a week and a half since you met"
    assert (
        reason_words(_reason(since=75, lean_on=True, birthday=3))
        == "Inner circle · 2 and a half months since you met · someone you can lean on"
        " · birthday in 3 days"
    )
    assert reason_words(_reason(ReasonKind.NEVER_MET, None)) == (
        "Inner circle · not met in person yet"
    )


@pytest.mark.usefixtures("indonesian")
def test_reasons_in_indonesian() -> None:
    assert reason_words(_reason(birthday=1)) == (
        "Lingkaran terdalam · satu setengah minggu sejak terakhir bertemu · ulang tahun besok"
    )
