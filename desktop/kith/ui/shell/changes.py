"""Bridges the services' ChangeBus to a Qt signal delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kith.services.context import ChangeBus


class DataChanges(QObject):
    """Emits `changed(kinds)` on the GUI thread after any committed write.

    Writes may happen on a worker thread; the queued connection hops back to the
    thread this object lives in, so views refresh safely.
    """

    changed = Signal(object)  # frozenset[str] of kinds, see kith.services.context
    _relay = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._relay.connect(self._on_relay, Qt.ConnectionType.QueuedConnection)
        bus.subscribe(self._on_bus)
        # Once this object is gone its signal is too: stop listening, or the next
        # write would fail while telling a view that no longer exists.
        listener = self._on_bus
        self.destroyed.connect(lambda *_: bus.unsubscribe(listener))

    def _on_bus(self, kinds: frozenset[str]) -> None:
        self._relay.emit(kinds)

    @Slot(object)
    def _on_relay(self, kinds: frozenset[str]) -> None:
        self.changed.emit(kinds)

    def detach(self) -> None:
        self._bus.unsubscribe(self._on_bus)
