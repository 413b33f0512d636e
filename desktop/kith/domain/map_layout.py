"""Where each person sits on the relationship map: rings of closeness, stable positions.

A person's place depends on their id and on how many people share their circle, never on
anything that ranks them. The same people give the same map on every start. A person's
angle comes from a hash of their id, so when a ring grows and gets more places, everyone
keeps (nearly) the same direction from the centre. Coordinates are abstract units around
(0, 0), where "you" are; y grows downwards, like on a screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kith.domain.values import Circle

NODE_SPACING = 18.0
"""Distance between neighbouring places on a crowded ring, and between its lanes."""
ROOMY_SPACING = 46.0
"""Distance between places on a ring with few people, leaving room for their names."""
CENTRE_RADIUS = 64.0
"""Room kept free around "you" before the first ring starts."""
RING_GAP = 30.0
"""Space between two rings, where the ring's name goes."""
LOAD_FACTOR = 0.6
"""At most this share of a ring's places is taken, so a preferred place is usually free."""


@dataclass(frozen=True, slots=True)
class Ring:
    circle: Circle
    inner: float
    outer: float
    lanes: int
    people: int


@dataclass(frozen=True, slots=True)
class MapLayout:
    rings: tuple[Ring, ...]
    positions: Mapping[int, tuple[float, float]]
    """Person id → (x, y)."""

    @property
    def radius(self) -> float:
        return self.rings[-1].outer if self.rings else CENTRE_RADIUS


def mix(value: int, salt: int = 0) -> int:
    """A well-spread 64-bit hash of an integer (splitmix64), the same on every run.

    Python's hash() of an int is the int itself, which would line people up.
    """
    z = (value + 0x9E3779B97F4A7C15 * (salt + 1)) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return z ^ (z >> 31)


def _fraction(person_id: int, salt: int) -> float:
    return (mix(person_id, salt) >> 11) / float(1 << 53)


def _lane_places(radius: float) -> int:
    return max(6, int(2 * math.pi * radius / NODE_SPACING))


def _stepped(needed: int) -> int:
    """Places come in steps (12, 18, 24, 36, 48 …), so one more person rarely moves others."""
    step, grow_by_half = 12, True
    while step < needed:
        step = step * 3 // 2 if grow_by_half else step * 4 // 3
        grow_by_half = not grow_by_half
    return step


def layout(people: Iterable[tuple[int, Circle]]) -> MapLayout:
    """Place people (id, circle) on concentric rings, the inner circle nearest the centre.

    People not sorted yet wait in a band outside the rings, there only while someone is."""
    by_circle: dict[Circle, list[int]] = {circle: [] for circle in Circle}
    for person_id, circle in people:
        by_circle[circle].append(person_id)
    rings: list[Ring] = []
    positions: dict[int, tuple[float, float]] = {}
    inner = CENTRE_RADIUS
    for circle in Circle:
        ids = sorted(by_circle[circle])
        if not circle.is_sorted and not ids:
            continue
        needed = math.ceil(len(ids) / LOAD_FACTOR)
        first_lane = inner + NODE_SPACING / 2
        if needed <= _lane_places(first_lane):
            places = _stepped(needed)
            # Few people: one lane, pushed out far enough that names fit between them.
            first_lane = max(first_lane, places * ROOMY_SPACING / (2 * math.pi))
            inner = first_lane - NODE_SPACING / 2
            sizes = [places]
        else:
            sizes = []
            while sum(sizes) * LOAD_FACTOR < len(ids):
                sizes.append(_lane_places(first_lane + len(sizes) * NODE_SPACING))
        outer = inner + len(sizes) * NODE_SPACING
        rings.append(Ring(circle, inner, outer, len(sizes), len(ids)))
        positions.update(_place_ring(ids, first_lane, sizes))
        inner = outer + RING_GAP
    return MapLayout(tuple(rings), positions)


def _place_ring(
    ids: list[int], first_lane: float, sizes: list[int]
) -> dict[int, tuple[float, float]]:
    """Each person takes the place their id points to; if taken, the next free one.

    Ids are placed oldest first, so people added later never push earlier ones away.
    """
    offsets = [0]
    for size in sizes:
        offsets.append(offsets[-1] + size)
    total = offsets[-1]
    lanes = len(sizes)
    taken: set[int] = set()
    placed: dict[int, tuple[float, float]] = {}
    for person_id in ids:
        lane = int(_fraction(person_id, 1) * lanes)
        slot = offsets[lane] + int(_fraction(person_id, 2) * sizes[lane])
        while slot in taken:
            slot = (slot + 1) % total
        taken.add(slot)
        lane = next(i for i in range(lanes) if slot < offsets[i + 1])
        # Odd lanes shift by half a place, so neighbours on adjacent lanes do not line up.
        step = 2 * math.pi / sizes[lane]
        angle = step * (slot - offsets[lane] + 0.5 * (lane % 2)) - math.pi / 2
        radius = first_lane + lane * NODE_SPACING
        placed[person_id] = (radius * math.cos(angle), radius * math.sin(angle))
    return placed


def ring_at(layout: MapLayout, x: float, y: float) -> Circle | None:
    """The circle whose ring holds the point (x, y), halfway into the gaps on each side;
    None on "you" in the middle or beyond the outer ring (where a drop means nothing)."""
    distance = math.hypot(x, y)
    rings = layout.rings
    for index, ring in enumerate(rings):
        low = (rings[index - 1].outer + ring.inner) / 2 if index else ring.inner - RING_GAP / 2
        high = (
            (ring.outer + rings[index + 1].inner) / 2
            if index + 1 < len(rings)
            else ring.outer + RING_GAP / 2
        )
        if low <= distance < high:
            return ring.circle
    return None
