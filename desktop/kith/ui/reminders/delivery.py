"""Which way reminders reach the user, so a failing notification service never goes unsaid.

`ReminderDelivery` sends through the notifier chain and remembers the way the latest
reminder went. When only the window's banner could show it (or nothing could), Today and
Settings say so. Notes about Kith itself (it stays in the tray, it has quit) go only
through the ways that reach the desktop: the banner would show them to nobody.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kith.domain.placeholders import fill
from kith.notify.base import NotDelivered, Notice, Notifier, NotifierChain
from kith.ui.reminders.banner import BannerNotifier
from kith.ui.shell.tray import TrayNotifier
from kith.ui.text.error_text import explain_term


class ReminderDelivery(QObject):
    """The chain, with a memory of how the latest reminder was shown."""

    way_changed = Signal()

    def __init__(self, chain: NotifierChain, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chain = chain
        self.way: str | None = None
        """The name of the backend that showed the latest reminder; None before any."""
        self.failed = False
        """No backend at all could show the latest reminder."""

    def deliver(self, title: str, body: str) -> str:
        """Send as the chain does (raising NotDelivered the same), noting the way it went."""
        return self.deliver_notice(Notice(title, body))

    def deliver_notice(self, notice: Notice) -> str:
        """`deliver`, for a notice with actions (the backends that cannot, show its text)."""
        try:
            way = self.chain.deliver_notice(notice)
        except NotDelivered:
            self._note(None, failed=True)
            raise
        self._note(way, failed=False)
        return way

    @property
    def only_in_window(self) -> bool:
        """The latest reminder reached no notification service: only the window shows them."""
        return self.failed or (self.way is not None and self.way in self._window_ways())

    def describe(self) -> str:
        """How reminders arrive now, in a sentence for Settings."""
        if self.only_in_window:
            return self.tr(
                "Reminders appear only here in the window: no notification service answered."
            )
        if self.way is None:
            return self.tr(
                "No reminder has been shown since Kith started: send a test to see how they arrive."
            )
        return fill(self.tr("Reminders arrive as: %1."), explain_term(self.way))

    def tell_outside(self, title: str, body: str) -> bool:
        """A note about Kith itself, as a desktop notification; False when none answered."""
        outside = [b for b in self.chain.backends if not _in_window_or_tray(b)]
        if not outside:
            return False
        try:
            NotifierChain(outside).deliver(title, body)
        except NotDelivered:
            return False
        return True

    def _window_ways(self) -> set[str]:
        return {b.name for b in self.chain.backends if isinstance(b, BannerNotifier)}

    def _note(self, way: str | None, *, failed: bool) -> None:
        changed = (way, failed) != (self.way, self.failed)
        self.way, self.failed = way, failed
        if changed:
            self.way_changed.emit()


def _in_window_or_tray(backend: Notifier) -> bool:
    return isinstance(backend, BannerNotifier | TrayNotifier)


class DeliveryNote(QLabel):
    """One calm line on Today while reminders reach no notification service."""

    def __init__(self, delivery: ReminderDelivery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(14, 6, 14, 6)
        self.setText(
            self.tr("Reminders appear only here in the window: no notification service answered.")
        )
        self._delivery = delivery
        delivery.way_changed.connect(self._on_way_changed)
        self._on_way_changed()

    def _on_way_changed(self) -> None:
        self.setVisible(self._delivery.only_in_window)
