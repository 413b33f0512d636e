"""What the main window remembers between starts: its size, the sidebar's width and the
place (and person) it showed last."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from kith.ui.shell.places import PLACES

DEFAULT_SIZE = (1180, 760)


@dataclass(frozen=True, slots=True)
class OpeningPlace:
    place: str
    person_id: int | None = None


def restore_geometry(window: QMainWindow, splitter: QSplitter, *, sample: bool) -> None:
    """The last size and sidebar width; a sample window opens at the default size."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not sample:
        window.restoreGeometry(geometry)
    else:
        window.resize(*first_size(window))
    state = settings.value("window/splitter")
    if isinstance(state, QByteArray):
        splitter.restoreState(state)


def first_size(window: QMainWindow) -> tuple[int, int]:
    """The default size, but never larger than the screen's free area: on a 1024x700 laptop
    the first window must fit, or its right-hand column starts off screen."""
    free = window.screen().availableGeometry()
    return min(DEFAULT_SIZE[0], free.width()), min(DEFAULT_SIZE[1], free.height())


def opening_place(*, greet: bool) -> OpeningPlace:
    """The place to open on; `greet` (a new user, or sample data) always opens Today."""
    settings = QSettings()
    place = str(settings.value("window/place", "today"))
    if place not in PLACES or greet:
        place = "today"
    person = str(settings.value("window/person", ""))
    if place == "person" and not person.isdigit():
        place = "today"
    return OpeningPlace(place, int(person) if place == "person" else None)


def save(window: QMainWindow, splitter: QSplitter, place: OpeningPlace) -> None:
    """Remember the window for the next start (written to disk at once)."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/place", place.place)
    if place.person_id is not None:
        settings.setValue("window/person", place.person_id)
    settings.sync()
