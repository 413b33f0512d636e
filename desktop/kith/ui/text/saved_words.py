"""What a status note says after an export: how many of what went into which file.

Methods of a QObject, so that `tr` marks them as plural messages ("1 meetup", "2 meetups")
for the translation tools; a module-level `translate` call would not be.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kith.domain.placeholders import fill


class SavedWords(QObject):
    def meetups(self, count: int, file_name: str) -> str:
        return fill(self.tr("Saved %n meetups to %1.", "", count), file_name)

    def calendar_entries(self, count: int, file_name: str) -> str:
        """Meetups together with birthdays and other yearly dates."""
        return fill(self.tr("Saved %n calendar entries to %1.", "", count), file_name)

    def people(self, count: int, file_name: str) -> str:
        return fill(self.tr("Saved %n people to %1.", "", count), file_name)

    def everything(self, people: int, file_name: str) -> str:
        """A whole archive: named by its people, the count a user recognises."""
        return fill(self.tr("Saved everything, %n people, to %1.", "", people), file_name)


__all__ = ["SavedWords"]
