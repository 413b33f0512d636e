"""Friendly things to do together, named after an interest (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kith.domain.placeholders import fill


def activity_for(interest: str) -> str:
    """ "climbing" → "Climbing session"; an interest Kith does not know → "Something with …"."""
    known = {
        "climbing": lambda: QCoreApplication.translate("ActivityIdeas", "Climbing session"),
        "bouldering": lambda: QCoreApplication.translate("ActivityIdeas", "Bouldering session"),
        "board games": lambda: QCoreApplication.translate("ActivityIdeas", "Board game night"),
        "cooking": lambda: QCoreApplication.translate("ActivityIdeas", "Cook dinner together"),
        "hiking": lambda: QCoreApplication.translate("ActivityIdeas", "Hike together"),
        "jazz": lambda: QCoreApplication.translate("ActivityIdeas", "Jazz evening"),
        "running": lambda: QCoreApplication.translate("ActivityIdeas", "Run together"),
        "cycling": lambda: QCoreApplication.translate("ActivityIdeas", "Bike ride"),
        "photography": lambda: QCoreApplication.translate("ActivityIdeas", "Photo walk"),
        "gardening": lambda: QCoreApplication.translate("ActivityIdeas", "Afternoon in the garden"),
        "chess": lambda: QCoreApplication.translate("ActivityIdeas", "Chess afternoon"),
        "yoga": lambda: QCoreApplication.translate("ActivityIdeas", "Yoga class together"),
        "swimming": lambda: QCoreApplication.translate("ActivityIdeas", "Swim together"),
        "pottery": lambda: QCoreApplication.translate("ActivityIdeas", "Pottery class"),
        "reading": lambda: QCoreApplication.translate("ActivityIdeas", "Book swap over coffee"),
        "film": lambda: QCoreApplication.translate("ActivityIdeas", "Film night"),
        "baking": lambda: QCoreApplication.translate("ActivityIdeas", "Baking afternoon"),
        "birdwatching": lambda: QCoreApplication.translate("ActivityIdeas", "Birdwatching morning"),
        "football": lambda: QCoreApplication.translate("ActivityIdeas", "Watch a football match"),
        "badminton": lambda: QCoreApplication.translate("ActivityIdeas", "Badminton game"),
        "karaoke": lambda: QCoreApplication.translate("ActivityIdeas", "Karaoke night"),
        "camping": lambda: QCoreApplication.translate("ActivityIdeas", "Camping weekend"),
        "coffee": lambda: QCoreApplication.translate("ActivityIdeas", "Coffee"),
        "tea": lambda: QCoreApplication.translate("ActivityIdeas", "Tea and a chat"),
        "knitting": lambda: QCoreApplication.translate("ActivityIdeas", "Knitting circle"),
        "painting": lambda: QCoreApplication.translate("ActivityIdeas", "Painting afternoon"),
        "poetry": lambda: QCoreApplication.translate("ActivityIdeas", "Poetry reading"),
        "volunteering": lambda: QCoreApplication.translate("ActivityIdeas", "Volunteer together"),
        "sailing": lambda: QCoreApplication.translate("ActivityIdeas", "Sailing trip"),
        "surfing": lambda: QCoreApplication.translate("ActivityIdeas", "Surf morning"),
        "dancing": lambda: QCoreApplication.translate("ActivityIdeas", "Go dancing"),
        "languages": lambda: QCoreApplication.translate("ActivityIdeas", "Language exchange"),
        "history": lambda: QCoreApplication.translate("ActivityIdeas", "Museum visit"),
        "astronomy": lambda: QCoreApplication.translate("ActivityIdeas", "Stargazing night"),
        "woodworking": lambda: QCoreApplication.translate("ActivityIdeas", "Workshop afternoon"),
        "theatre": lambda: QCoreApplication.translate("ActivityIdeas", "Evening at the theatre"),
        "music festivals": lambda: QCoreApplication.translate("ActivityIdeas", "Festival day"),
        "meditation": lambda: QCoreApplication.translate("ActivityIdeas", "Meditation session"),
        "tennis": lambda: QCoreApplication.translate("ActivityIdeas", "Tennis match"),
        "fishing": lambda: QCoreApplication.translate("ActivityIdeas", "Fishing trip"),
        "crosswords": lambda: QCoreApplication.translate("ActivityIdeas", "Crossword and coffee"),
        "music": lambda: QCoreApplication.translate("ActivityIdeas", "Concert"),
        "walking": lambda: QCoreApplication.translate("ActivityIdeas", "Long walk"),
    }
    name = known.get(interest.casefold())
    if name is not None:
        return name()
    return fill(QCoreApplication.translate("ActivityIdeas", "Something with %1"), interest)
