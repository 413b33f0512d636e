"""The window's history of what can be taken back: Edit → Undo and Redo, in order.

Any place that changes data pushes what it just did, with how to undo it (and, when it
can be done again exactly, how to redo it), all through the services:
`window.undo.push(description, undo=..., redo=...)`. The description names the action
for the menu ("Saw Ana today"). A refusal while undoing drops that entry and is told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from kith.domain.errors import KithError

HISTORY_LIMIT = 100


@dataclass(eq=False)
class UndoEntry:
    """One action that was done: what it is called, how to take it back and redo it."""

    description: str
    undo: Callable[[], object]
    redo: Callable[[], object] | None = None
    person_ids: tuple[int, ...] = field(default=())
    """Whom it concerned, so a view can show the entry next to them."""


class UndoHistory(QObject):
    changed = Signal()
    """What Undo and Redo would do now is different."""
    undone = Signal(object)  # UndoEntry
    redone = Signal(object)  # UndoEntry
    failed = Signal(str)
    """Undoing or redoing was refused: the words to tell the user."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done: list[UndoEntry] = []
        self._undone: list[UndoEntry] = []

    def push(
        self,
        description: str,
        *,
        undo: Callable[[], object],
        redo: Callable[[], object] | None = None,
        person_ids: tuple[int, ...] = (),
    ) -> UndoEntry:
        """Record an action that has just been done; what was undone before is forgotten."""
        entry = UndoEntry(description, undo, redo, person_ids)
        self._done.append(entry)
        del self._done[:-HISTORY_LIMIT]
        self._undone.clear()
        self.changed.emit()
        return entry

    def forget(self) -> None:
        """Drop every entry: after a restore they would act on data no longer there."""
        self._done.clear()
        self._undone.clear()
        self.changed.emit()

    @property
    def next_undo(self) -> UndoEntry | None:
        return self._done[-1] if self._done else None

    @property
    def next_redo(self) -> UndoEntry | None:
        return self._undone[-1] if self._undone else None

    def undo(self) -> UndoEntry | None:
        """Take back the latest action; None when there is nothing to undo or it failed."""
        entry = self.next_undo
        return entry if entry is not None and self.revert(entry) else None

    def redo(self) -> UndoEntry | None:
        entry = self.next_redo
        if entry is None or entry.redo is None:
            return None
        self._undone.pop()
        if not self._run(entry.redo):
            self._undone.clear()  # what came after it cannot be redone without it
            self.changed.emit()
            return None
        self._done.append(entry)
        self.changed.emit()
        self.redone.emit(entry)
        return entry

    def revert(self, entry: UndoEntry) -> bool:
        """Undo this entry, wherever it is; an older one leaves the history once undone
        (a row's own Undo), since redoing it would come out of order."""
        if entry not in self._done:
            return False
        latest = entry is self._done[-1]
        self._done.remove(entry)
        if not self._run(entry.undo):
            self.changed.emit()
            return False
        if latest and entry.redo is not None:
            self._undone.append(entry)
        else:
            self._undone.clear()
        self.changed.emit()
        self.undone.emit(entry)
        return True

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except KithError as error:
            # Imported here: the history exists before the first paint, a refusal after.
            from kith.ui.text.error_text import explain

            self.failed.emit(explain(error))
            return False
        return True
