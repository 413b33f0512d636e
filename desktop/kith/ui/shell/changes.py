"""The GUI's one door to the services' change bus, and the one way a view refreshes.

`DataChanges` is built once per open database at start-up and handed to every view;
nothing else in the GUI subscribes to the bus. `RefreshWhenVisible` is how each view
(Today, People, a person's page, Plans, the map) follows it: changes that concern the
view mark it stale, a shown view reloads once per burst of changes, a hidden one once
when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from kith.services.changes import Change, ChangeBus, Kind


class DataChanges(QObject):
    """Emits `changed(Change)` on the GUI thread after any committed write.

    A write on the GUI thread is told at once (views only mark themselves stale, and
    reload after the write's caller is done); a write on a worker thread hops back to
    the thread this object lives in through the queued relay.
    """

    changed = Signal(object)  # kith.services.changes.Change
    _relay = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._relay.connect(self._on_relay)  # direct on this thread, queued from others
        bus.subscribe(self._on_bus)
        # Once this object is gone its signal is too: stop listening, or the next
        # write would fail while telling a view that no longer exists.
        listener = self._on_bus
        self.destroyed.connect(lambda *_: bus.unsubscribe(listener))

    def _on_bus(self, what: Change) -> None:
        self._relay.emit(what)

    @Slot(object)
    def _on_relay(self, what: Change) -> None:
        self.changed.emit(what)

    def detach(self) -> None:
        self._bus.unsubscribe(self._on_bus)


def shared_changes(window: QObject, bus: ChangeBus, parent: QObject) -> DataChanges:
    """The main window's bridge when `window` is one; a bridge of its own for a bare
    window (tests), so the tray still follows changes."""
    shared = getattr(window, "changes", None)
    return shared if isinstance(shared, DataChanges) else DataChanges(bus, parent)


class RefreshWhenVisible(QObject):
    """Keeps one view current: reload at most once per burst of changes, only when shown.

    `concerns` says which changes matter to the view (by default any of `kinds`). A
    view that reloads itself right after its own write calls `reload()` through this
    object, which clears the pending refresh, so the echo of that write costs nothing.
    """

    reloaded = Signal()

    def __init__(
        self,
        view: QWidget | QObject,
        changes: DataChanges,
        reload: Callable[[], None],
        kinds: tuple[Kind, ...] = tuple(Kind),
        *,
        concerns: Callable[[Change], bool] | None = None,
        stale: bool = True,
        delay_ms: int = 0,
        hold: Callable[[], bool] | None = None,
    ) -> None:
        """`view` is a widget, or any object always on show (the tray's tooltip);
        `delay_ms` gathers a longer burst (an import's many writes) into one reload;
        while `hold()` is true changes only mark the view stale (rows under the pointer
        stay put), and the view calls `reload_if_stale()` once it lets go."""
        super().__init__(view)
        self._view = view
        self._visible: Callable[[], bool] = (
            view.isVisible if isinstance(view, QWidget) else (lambda: True)
        )
        self._reload = reload
        self._hold = hold or (lambda: False)
        self._concerns = concerns or (lambda what: what.touches(*kinds))
        self.stale = stale
        self.reloads = 0
        """How many times the view reloaded (for tests and diagnostics)."""
        self.last_change: Change | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(delay_ms)
        self._soon.timeout.connect(self.reload_if_stale)
        changes.changed.connect(self._on_changed)
        view.installEventFilter(self)

    def mark_stale(self) -> None:
        """Something outside the bus (a new day, a filter) wants a fresh read."""
        self.stale = True
        if self._visible():
            self._soon.start()

    def reload(self) -> None:
        """Reload now, and forget any refresh that was waiting."""
        self._soon.stop()
        self.stale = False
        self.reloads += 1
        self._reload()
        self.reloaded.emit()

    @property
    def pending(self) -> bool:
        """A reload is waiting for the burst of changes to end."""
        return self._soon.isActive()

    def reload_if_stale(self) -> None:
        if self.stale and not self._hold():
            self.reload()

    def _on_changed(self, what: Change) -> None:
        if not self._concerns(what):
            return
        self.last_change = what
        self.mark_stale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            # Before the view paints: it shows fresh data, never a flash of old rows.
            self.reload()
        return False
