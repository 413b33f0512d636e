"""Calm colours for tending states, chosen to read on light and dark palettes alike.

Mid-tone, low-saturation fills with an outline in the palette's base colour: no state
shouts, and "never met" is a hollow ring so it differs by shape, not only by colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kith.domain.values import TendingState

FILL: dict[TendingState, QColor] = {
    TendingState.OK: QColor("#6fa77f"),
    TendingState.SOON: QColor("#d1ad55"),
    TendingState.DUE: QColor("#dc8a56"),
    TendingState.OVERDUE: QColor("#c4675f"),
    TendingState.PLANNED: QColor("#5d8fcc"),
    TendingState.NEVER_MET: QColor("#9a9aa6"),
}

HOLLOW = frozenset({TendingState.NEVER_MET})

# Legend order: from calm to needing attention, then the special ones.
LEGEND_ORDER = (
    TendingState.OK,
    TendingState.PLANNED,
    TendingState.SOON,
    TendingState.DUE,
    TendingState.OVERDUE,
    TendingState.NEVER_MET,
)


def state_name(state: TendingState) -> str:
    return {
        TendingState.OK: lambda: QCoreApplication.translate("TendingState", "In rhythm"),
        TendingState.SOON: lambda: QCoreApplication.translate("TendingState", "Soon"),
        TendingState.DUE: lambda: QCoreApplication.translate("TendingState", "Due"),
        TendingState.OVERDUE: lambda: QCoreApplication.translate("TendingState", "Overdue"),
        TendingState.PLANNED: lambda: QCoreApplication.translate("TendingState", "Meetup planned"),
        TendingState.NEVER_MET: lambda: QCoreApplication.translate(
            "TendingState", "Not met in person yet"
        ),
    }[state]()
