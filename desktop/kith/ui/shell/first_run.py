"""The first thing a new user sees: what Kith is for, and a way to begin."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kith.services.app import Services
from kith.ui.widgets.icons import app_icon, icon

SAMPLE_PEOPLE = 60


class FirstRunPage(QWidget):
    add_requested = Signal()
    import_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Kith"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Kith helps you keep the people who matter close — by seeing them in person.\n\n"
                "Add the people in your life, say how often you'd like to see each of them, "
                "and Kith will quietly remind you when it has been a while. Calls and messages "
                "count as talking; meeting face to face is what resets the rhythm.\n\n"
                "Everything stays in one file on this computer. Nothing is ever sent anywhere."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)

        self.add_button = QPushButton(icon("add-person"), self.tr("Add someone"), self)
        self.add_button.setDefault(True)
        self.sample_button = QPushButton(icon("sample"), self.tr("Try it with sample data"), self)
        self.sample_button.setToolTip(
            self.tr("Opens a separate window with made-up people; your own data stays untouched.")
        )
        self.import_button = QPushButton(icon("import"), self.tr("Import contacts…"), self)
        self.import_button.setToolTip(
            self.tr("Bring people in from a vCard (.vcf) file from your phone or address book.")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addSpacing(10)
        # Centred by stretches, not by alignment: an aligned label loses its wrapped height.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(18)
        layout.addLayout(buttons)
        layout.addStretch(3)


class SampleData:
    """A throwaway database filled with demo people, deleted when closed."""

    def __init__(self, services: Services, folder: tempfile.TemporaryDirectory[str]) -> None:
        self.services = services
        self._folder = folder

    @classmethod
    def create(cls, clock: object | None = None, people: int = SAMPLE_PEOPLE) -> SampleData:
        from kith.bootstrap import open_services

        folder = tempfile.TemporaryDirectory(prefix="kith-sample-")
        services = open_services(Path(folder.name) / "sample.sqlite3", clock)  # type: ignore[arg-type]
        services.demo.fill(people=people, seed=7)
        return cls(services, folder)

    def close(self) -> None:
        self.services.close()
        self._folder.cleanup()
