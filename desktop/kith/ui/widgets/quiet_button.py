"""A flat button that still shows where the keyboard is: quiet lines such as "Sort them…"
have no frame, and some styles (Fusion among them) then draw no focus at all."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

# The same transparent edge in every state, so gaining focus only colours it and the text
# never shifts; the accent colour is the one the desktop uses for what is chosen.
_LOOK = """
QPushButton {
    border: 1px solid transparent;
    border-radius: 4px;
    padding: 4px 6px;
    background: transparent;
    text-align: left;
    outline: none;  /* the frame below shows the focus; no dotted box inside it */
}
QPushButton:hover { background: palette(midlight); }
QPushButton:pressed { background: palette(mid); }
QPushButton:focus { border-color: palette(highlight); }
"""


def quiet_button(button: QPushButton) -> QPushButton:
    """Make `button` flat, with a thin accent frame while it has the keyboard's focus."""
    button.setFlat(True)
    button.setStyleSheet(_LOOK)
    return button
