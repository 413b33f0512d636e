"""The map's legend: what each dot colour means, and a hint on how to move around."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kith.domain.values import TendingState
from kith.ui.map.people_layer import NODE_SIZE
from kith.ui.widgets.tending_palette import ORDER, mark_pixmap, state_word


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 4, 8, 6)
        rows.setSpacing(2)
        layout = QHBoxLayout()
        layout.setSpacing(14)
        rows.addLayout(layout)
        self.entries: dict[TendingState, tuple[QLabel, QLabel]] = {}
        """Each state's mark and word, in legend order."""
        for state in ORDER:
            entry = QHBoxLayout()
            entry.setSpacing(5)
            mark, word = QLabel(self), QLabel(state_word(state), self)
            self.entries[state] = (mark, word)
            entry.addWidget(mark)
            entry.addWidget(word)
            layout.addLayout(entry)
        layout.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)
        # On a line of its own, so a long hint (longer still in some languages) is never cut
        # by the colours beside it; it wraps rather than widening the window.
        self.hint.setWordWrap(True)
        rows.addWidget(self.hint)
        self.repaint_swatches()

    def repaint_swatches(self) -> None:
        """Draw each state's mark at the size of a dot on the map; again when the palette
        changes."""
        size = round(NODE_SIZE) + 2
        for state, (mark, _word) in self.entries.items():
            mark.setPixmap(mark_pixmap(state, size, self.palette(), self.devicePixelRatioF()))
