"""Asks for a rhythm for several people at once: a number of days, or their circle's."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from kith.domain.validation import MAX_RHYTHM_DAYS


class RhythmDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set rhythm"))
        self.days = QSpinBox(self)
        # 0 stands for "the circle's rhythm", as on a person's own form.
        self.days.setRange(0, MAX_RHYTHM_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setSpecialValueText(self.tr("The circle's rhythm"))
        self.days.setAccessibleName(self.tr("Rhythm in days"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Rhythm"), self.days)
        form.addRow(buttons)

    def chosen(self) -> int | None:
        """The days chosen, or None for the circle's own rhythm."""
        return self.days.value() or None
