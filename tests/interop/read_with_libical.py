"""Reads an .ics file with libical (Evolution's parser) and prints each event as JSON.

Run with the system Python, which has PyGObject and the ICalGLib bindings:
/usr/bin/python3 read_with_libical.py FILE.ics
"""

import json
import sys
from datetime import UTC, datetime

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402


def instant(value: ICalGLib.Time) -> str:
    # The zone is the file's VTIMEZONE for the TZID (or UTC for a "Z" value).
    seconds = value.as_timet_with_zone(value.get_timezone())
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")


def main(path: str) -> None:
    with open(path, encoding="utf-8") as file:
        calendar = ICalGLib.Component.new_from_string(file.read())
    events = []
    event = calendar.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while event is not None:
        start = event.get_dtstart()
        timed = not start.is_date()
        has_end = event.get_first_property(ICalGLib.PropertyKind.DTEND_PROPERTY) is not None
        events.append(
            {
                "uid": event.get_uid(),
                "start": instant(start) if timed else start.as_ical_string(),
                "end": instant(event.get_dtend()) if timed and has_end else None,
            }
        )
        event = calendar.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    json.dump(events, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
