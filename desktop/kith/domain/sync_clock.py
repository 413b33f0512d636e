"""Hybrid logical clock times for sync: wall-clock milliseconds plus a counter.

A device's next time is later than every time it has seen, whatever its own clock says,
so a clock hours wrong changes which concurrent edit wins but never the order of an edit
and what it replaced. Written as fixed-width text so text order is time order.
"""

from __future__ import annotations

from dataclasses import dataclass

_WIDTH_MS = 15
_WIDTH_COUNT = 6


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    wall_ms: int
    count: int = 0

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WIDTH_MS}d}-{self.count:0{_WIDTH_COUNT}d}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """Raises ValueError on anything but the form `__str__` writes."""
        wall, sep, count = text.partition("-")
        if not sep or len(wall) != _WIDTH_MS or len(count) != _WIDTH_COUNT:
            raise ValueError(f"not a sync time: {text!r}")
        if not (wall.isdigit() and count.isdigit()):
            raise ValueError(f"not a sync time: {text!r}")
        return cls(int(wall), int(count))


ZERO = Hlc(0, 0)


def tick(latest_seen: Hlc, wall_ms: int) -> Hlc:
    """The time of a new change: after `latest_seen`, and the wall clock's when it is ahead."""
    if wall_ms > latest_seen.wall_ms:
        return Hlc(wall_ms, 0)
    return Hlc(latest_seen.wall_ms, latest_seen.count + 1)
