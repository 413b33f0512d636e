"""The five places of the main window, each described once: its label, icon and shortcut.

The sidebar, the View menu and the window title all read their words from here, so a
place can never be called one thing in the menu and another in the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kith.domain.errors import QT_TRANSLATE_NOOP

_CONTEXT = "Places"

# "&Today" marks T as the menu's access key; "今日(&T)" is how some languages mark it.
_BRACKETED_KEY = re.compile(r"\(&[^&)]\)")
_KEY = re.compile(r"&(.)")  # "&T" is T, "&&" is one "&"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    label: str
    """The untranslated label with its menu access key ("&Today")."""
    icon: str
    shortcut: str

    def menu_text(self) -> str:
        """The label as the View menu shows it, access key included."""
        return QCoreApplication.translate(_CONTEXT, self.label)

    def title(self) -> str:
        """The label as the sidebar and the window title show it: "Today"."""
        return _KEY.sub(r"\1", _BRACKETED_KEY.sub("", self.menu_text())).strip()


PLACE_LIST: tuple[Place, ...] = (
    Place("today", QT_TRANSLATE_NOOP("Places", "&Today"), "nav-today", "Ctrl+1"),
    Place("people", QT_TRANSLATE_NOOP("Places", "&People"), "nav-people", "Ctrl+2"),
    Place("person", QT_TRANSLATE_NOOP("Places", "P&erson"), "nav-person", "Ctrl+3"),
    Place("plans", QT_TRANSLATE_NOOP("Places", "P&lans"), "nav-plans", "Ctrl+4"),
    Place("map", QT_TRANSLATE_NOOP("Places", "&Map"), "nav-map", "Ctrl+5"),
)
"""In sidebar order; the stack of pages keeps the same order."""

PLACES: tuple[str, ...] = tuple(place.name for place in PLACE_LIST)

_BY_NAME = {place.name: place for place in PLACE_LIST}


def place(name: str) -> Place:
    """The place called `name`; an unknown name is a programming error."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown place {name!r}") from None


def index_of(name: str) -> int:
    return PLACES.index(place(name).name)
