"""The map's legend: what each dot colour means, and a hint on how to move around."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kith.domain.values import TendingState
from kith.ui.map.people_layer import NODE_SIZE
from kith.ui.widgets.flow_layout import FlowLayout
from kith.ui.widgets.tending_palette import ORDER, mark_pixmap, state_word


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 4, 8, 6)
        rows.setSpacing(2)
        # The entries wrap onto a second line rather than widening the window: in some
        # languages the words are long, and a small laptop screen is 1024 pixels wide.
        layout = FlowLayout(spacing=14)
        rows.addLayout(layout)
        self.entries: dict[TendingState, tuple[QLabel, QLabel]] = {}
        """Each state's mark and word, in legend order."""
        for state in ORDER:
            holder = QWidget(self)
            entry = QHBoxLayout(holder)
            entry.setContentsMargins(0, 0, 0, 0)
            entry.setSpacing(5)
            mark, word = QLabel(holder), QLabel(state_word(state), holder)
            self.entries[state] = (mark, word)
            entry.addWidget(mark)
            entry.addWidget(word)
            layout.addWidget(holder)
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
