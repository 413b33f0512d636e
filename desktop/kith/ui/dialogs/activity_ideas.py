"""Friendly things to do together, named after an interest (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kith.ui.placeholders import fill

_T = QCoreApplication.translate


def activity_for(interest: str) -> str:
    """ "climbing" → "Climbing session"; an interest Kith does not know → "Something with …"."""
    known = {
        "climbing": lambda: _T("ActivityIdeas", "Climbing session"),
        "bouldering": lambda: _T("ActivityIdeas", "Bouldering session"),
        "board games": lambda: _T("ActivityIdeas", "Board game night"),
        "cooking": lambda: _T("ActivityIdeas", "Cook dinner together"),
        "hiking": lambda: _T("ActivityIdeas", "Hike together"),
        "jazz": lambda: _T("ActivityIdeas", "Jazz evening"),
        "running": lambda: _T("ActivityIdeas", "Run together"),
        "cycling": lambda: _T("ActivityIdeas", "Bike ride"),
        "photography": lambda: _T("ActivityIdeas", "Photo walk"),
        "gardening": lambda: _T("ActivityIdeas", "Afternoon in the garden"),
        "chess": lambda: _T("ActivityIdeas", "Chess afternoon"),
        "yoga": lambda: _T("ActivityIdeas", "Yoga class together"),
        "swimming": lambda: _T("ActivityIdeas", "Swim together"),
        "pottery": lambda: _T("ActivityIdeas", "Pottery class"),
        "reading": lambda: _T("ActivityIdeas", "Book swap over coffee"),
        "film": lambda: _T("ActivityIdeas", "Film night"),
        "baking": lambda: _T("ActivityIdeas", "Baking afternoon"),
        "birdwatching": lambda: _T("ActivityIdeas", "Birdwatching morning"),
        "football": lambda: _T("ActivityIdeas", "Watch a football match"),
        "badminton": lambda: _T("ActivityIdeas", "Badminton game"),
        "karaoke": lambda: _T("ActivityIdeas", "Karaoke night"),
        "camping": lambda: _T("ActivityIdeas", "Camping weekend"),
        "coffee": lambda: _T("ActivityIdeas", "Coffee"),
        "tea": lambda: _T("ActivityIdeas", "Tea and a chat"),
        "knitting": lambda: _T("ActivityIdeas", "Knitting circle"),
        "painting": lambda: _T("ActivityIdeas", "Painting afternoon"),
        "poetry": lambda: _T("ActivityIdeas", "Poetry reading"),
        "volunteering": lambda: _T("ActivityIdeas", "Volunteer together"),
        "sailing": lambda: _T("ActivityIdeas", "Sailing trip"),
        "surfing": lambda: _T("ActivityIdeas", "Surf morning"),
        "dancing": lambda: _T("ActivityIdeas", "Go dancing"),
        "languages": lambda: _T("ActivityIdeas", "Language exchange"),
        "history": lambda: _T("ActivityIdeas", "Museum visit"),
        "astronomy": lambda: _T("ActivityIdeas", "Stargazing night"),
        "woodworking": lambda: _T("ActivityIdeas", "Workshop afternoon"),
        "theatre": lambda: _T("ActivityIdeas", "Evening at the theatre"),
        "music festivals": lambda: _T("ActivityIdeas", "Festival day"),
        "meditation": lambda: _T("ActivityIdeas", "Meditation session"),
        "tennis": lambda: _T("ActivityIdeas", "Tennis match"),
        "fishing": lambda: _T("ActivityIdeas", "Fishing trip"),
        "crosswords": lambda: _T("ActivityIdeas", "Crossword and coffee"),
        "music": lambda: _T("ActivityIdeas", "Concert"),
        "walking": lambda: _T("ActivityIdeas", "Long walk"),
    }
    name = known.get(interest.casefold())
    if name is not None:
        return name()
    return fill(_T("ActivityIdeas", "Something with %1"), interest)
