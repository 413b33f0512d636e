"""Asked once where the desktop has no tray: what closing the window should do.

Kith can only remind while it runs, and without a tray nothing would show that it still
does, so the user chooses: keep reminding in the background, start at login, both, or
neither (which quits, and says that reminders stop).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ClosingChoiceDialog(QDialog):
    """Two choices and a button that says what it will do; Cancel keeps the window open."""

    chosen = Signal(bool, bool)
    """(keep reminding in the background, start at login)"""

    def __init__(self, at_login: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Closing Kith"))
        intro = QLabel(
            self.tr(
                "Kith can remind you only while it runs. This desktop has no tray to keep it "
                "in, so choose what closing the window does. You can change this later in "
                "Settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.background = QCheckBox(self.tr("Keep reminding in the background"), self)
        self.background.setChecked(True)
        background_note = QLabel(
            self.tr(
                "Kith runs on without a window. Start Kith again, or choose Open on a "
                "reminder, to bring the window back."
            ),
            self,
        )
        background_note.setWordWrap(True)
        background_note.setIndent(24)
        self.at_login = QCheckBox(self.tr("Start Kith when I log in"), self)
        self.at_login.setChecked(at_login)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.confirm: QPushButton = self.buttons.addButton(
            self.tr("Close the window"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.background)
        layout.addWidget(background_note)
        layout.addSpacing(4)
        layout.addWidget(self.at_login)
        layout.addSpacing(8)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setMaximumWidth(640)
        self._connect_signals()
        self._on_choice_changed()

    def _connect_signals(self) -> None:
        self.background.toggled.connect(self._on_choice_changed)
        self.at_login.toggled.connect(self._on_choice_changed)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_choice_changed(self) -> None:
        """The button and the line above it say what will happen, before it happens."""
        if self.background.isChecked():
            self.confirm.setText(self.tr("Close the window"))
            self.outcome.setText(self.tr("Reminders keep coming while the window is closed."))
        else:
            self.confirm.setText(self.tr("Quit Kith"))
            if self.at_login.isChecked():
                self.outcome.setText(
                    self.tr("Kith quits now; reminders start again when you next log in.")
                )
            else:
                self.outcome.setText(
                    self.tr("Kith quits now; reminders stop until you start it again.")
                )

    def _on_accepted(self) -> None:
        self.accept()
        self.chosen.emit(self.background.isChecked(), self.at_login.isChecked())
