"""Completing the last item of a comma-separated list, for interests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QCompleter, QLineEdit

from kith.domain.name_search import fold
from kith.ui.widgets.name_completer import FoldedCompleter, folded_model


class ListItemCompleter(FoldedCompleter):
    """Completes the word after the last comma and keeps the ones before it; "cafe"
    offers "café", as names are offered without their accents."""

    def __init__(self, words: Sequence[str], edit: QLineEdit) -> None:
        super().__init__(edit)
        # Parented, so Python does not collect it: a completer does not own its model.
        self.setModel(folded_model(words, self))
        self._edit = edit
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path.rsplit(",", 1)[-1].strip())]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        before = self._edit.text().rsplit(",", 1)
        head = [part.strip() for part in before[0].split(",")] if len(before) > 1 else []
        return ", ".join([*filter(None, head), chosen]) + ", "


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
