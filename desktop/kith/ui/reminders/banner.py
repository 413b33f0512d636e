"""A calm, non-modal strip at the top of Today that shows the latest reminder.

It is also the last notifier in the chain: when neither the system nor the tray can
show a reminder, the window still can.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from kith.domain.errors import QT_TRANSLATE_NOOP, Term
from kith.notify.base import NotifyError


class ReminderBanner(QFrame):
    """Hidden until a reminder arrives; the user dismisses it with one click."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.body_label = QLabel(self)
        self.body_label.setWordWrap(True)
        # Reminders quote names and follow-ups: shown as typed, never as markup.
        for label in (self.title_label, self.body_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide this reminder"))
        self.dismiss_button.setAutoRaise(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.body_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addLayout(text, 1)
        row.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)
        self.hide()

    def show_reminder(self, title: str, body: str) -> None:
        self.title_label.setText(title)
        self.body_label.setText(body)
        self.show()

    def _on_dismiss_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()


class BannerNotifier:
    """Shows a reminder in the window's banner; works whenever the window exists."""

    name = Term(QT_TRANSLATE_NOOP("Errors", "in-app banner"))

    def __init__(self, banner: ReminderBanner) -> None:
        self._banner = banner

    def send(self, title: str, body: str) -> None:
        try:
            self._banner.show_reminder(title, body)
        except RuntimeError as exc:  # the widget is gone (the window was destroyed)
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "the window is closed"), code="notify.banner.closed"
            ) from exc
