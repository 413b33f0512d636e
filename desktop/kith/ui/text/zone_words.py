"""Time zones the way people say them: "Berlin time", not "Europe/Berlin" or "Etc/UTC"."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kith.domain.local_time import UNIVERSAL_ZONES
from kith.domain.local_time import zone_city as city_of
from kith.domain.placeholders import fill


def zone_city(zone: ZoneInfo) -> str:
    """ "Berlin", "New York", "Buenos Aires": the last part of the zone's name, in words."""
    return city_of(zone.key)


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
    return one.key in UNIVERSAL_ZONES and other.key in UNIVERSAL_ZONES
