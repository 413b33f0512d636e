"""Tab in the order the form reads, top to bottom, whatever order its widgets were made in.

Qt's Tab order is the order widgets join their window; a field moved into a box (to show
its problem under it) joins again at the end, so without this Tab would skip past the
fields that were not moved and come back to them last.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def layout_order(root: QWidget) -> list[QWidget]:
    """The Tab stops inside `root`, in the order its layouts place them."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            if (widget := item.widget()) is not None:
                visit_widget(widget)
            elif (inner := item.layout()) is not None:
                visit_layout(inner)

    def visit_widget(widget: QWidget) -> None:
        if widget.isWindow():
            return
        if widget.focusProxy() is None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        inner = widget.layout()
        if inner is not None:
            visit_layout(inner)

    layout = root.layout()
    if layout is not None:
        visit_layout(layout)
    return found


def follow_layout(root: QWidget) -> None:
    """Set Tab to go through `root`'s fields and buttons as its layouts show them."""
    for before, after in pairwise(layout_order(root)):
        QWidget.setTabOrder(before, after)


__all__ = ["follow_layout", "layout_order"]
