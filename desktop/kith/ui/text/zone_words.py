"""Time zones the way people say them: "Berlin time", not "Europe/Berlin" or "Etc/UTC"."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kith.domain.placeholders import fill

# Zones that name no city: their key says nothing a user would say.
_UNIVERSAL = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT"})


def zone_city(zone: ZoneInfo) -> str:
    """ "Berlin", "New York", "Buenos Aires": the last part of the zone's name, in words."""
    if zone.key in _UNIVERSAL:
        return "UTC"
    return zone.key.rsplit("/", 1)[-1].replace("_", " ")


def zone_words(zone: ZoneInfo) -> str:
    """ "Berlin time" ("waktu Berlin"); "UTC" for the zone that belongs to no city."""
    city = zone_city(zone)
    if city == "UTC" or zone.key.startswith("Etc/"):
        return city
    return fill(QCoreApplication.translate("Zones", "%1 time"), city)


def same_zone(one: ZoneInfo, other: ZoneInfo) -> bool:
    """Two names for the one zone ("UTC" and "Etc/UTC") count as the same."""
    if one.key == other.key:
        return True
    return one.key in _UNIVERSAL and other.key in _UNIVERSAL
